using Cims.Web.Features.Api;
using Microsoft.Net.Http.Headers;

namespace Cims.Web.Infrastructure.Requests;

/// <summary>
/// A body whose Content-Type names a character set .NET will not decode (UTF-7, which it disabled, or a name it does
/// not know) is answered 415 with a sentence, before anything reads it: reading the form threw, a 500 (ADR 0055).
/// </summary>
public static class UnreadableCharset
{
    public const string Message =
        "CIMS cannot read the character set this request was sent in. Send it again as UTF-8 (a browser does this when you go back and submit the form again).";

    public static void UseUnreadableCharsetRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (Readable(context.Request.ContentType))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
        // The status page re-executes this request: without the type, its model binding does not read (and throw on) the form.
        context.Request.ContentType = null;
        if (ApiEndpoints.IsApiPath(context.Request.Path))
            await TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: Message).ExecuteAsync(context);
    });

    public static bool Readable(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var type) || type.Charset.Length == 0)
            return true;
        try
        {
            return type.Encoding is not null;
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
        {
            return false;
        }
    }
}
