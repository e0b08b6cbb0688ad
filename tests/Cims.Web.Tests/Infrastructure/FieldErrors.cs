using System.Net;
using AngleSharp.Html.Dom;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>What a user sees when a form refuses a value: the page again, the message beside the field and in the summary.</summary>
public static class FieldErrors
{
    /// <summary>
    /// The page shown again (200) with <paramref name="message"/> beside the field, in the error summary as a link
    /// to the field, and the field marked aria-invalid. Returns the page for further checks (typed values kept).
    /// </summary>
    public static async Task<IHtmlDocument> AssertRejectedAsync(HttpResponseMessage response, string field, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector($"#{field}-error")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".error-summary li a"), a => a.TextContent.Trim() == message && a.GetAttribute("href") == $"#{field}");
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        return page;
    }
}
