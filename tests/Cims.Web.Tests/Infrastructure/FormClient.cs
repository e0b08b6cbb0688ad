using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client without JavaScript: keeps cookies, reads pages with AngleSharp and posts forms
/// with the antiforgery token the page carries.
/// </summary>
public sealed class FormClient(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http { get; } = http;

    public static FormClient For(WebApplicationFactory<Program> app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<FormClient> SignedInAsync(WebApplicationFactory<Program> app, string email)
    {
        var client = For(app);
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>
    /// Signs in through the form and checks where it lands: the signed-in home page ("/"), or <paramref name="landsOn"/>
    /// when a test expects another page (the lockout page, the two-factor step). A refused sign-in (the form again),
    /// a lockout or a two-factor step the test did not ask for throws.
    /// </summary>
    public async Task SignInAsync(string email, string password = CimsAppFactory.Password, string landsOn = "/")
    {
        var response = await PostFormAsync("/Account/Login", "/Account/Login", new() { ["Email"] = email, ["Password"] = password });
        var location = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString : null;
        if (location != landsOn)
            throw new InvalidOperationException($"Sign-in as {email} landed on {location ?? $"{(int)response.StatusCode} (no redirect)"}, not {landsOn}");
    }

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} returned {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    /// <summary>GETs <paramref name="pageUrl"/>, takes its antiforgery token, and POSTs the fields to <paramref name="postUrl"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await GetPageAsync(pageUrl);
        return await PostWithTokenAsync(postUrl, Token(page), fields);
    }

    public async Task<HttpResponseMessage> PostWithTokenAsync(string postUrl, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.Append(new("__RequestVerificationToken", token));
        return await Http.PostAsync(postUrl, new FormUrlEncodedContent(all));
    }

    public static string Token(IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("The page has no antiforgery token.");

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
