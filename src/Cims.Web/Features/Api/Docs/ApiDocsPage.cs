using System.Text.Encodings.Web;
using Cims.Web.Infrastructure.Security;

namespace Cims.Web.Features.Api.Docs;

/// <summary>
/// /api/docs: the Scalar API reference (vendored in wwwroot/lib/scalar) over /openapi/v1.json, started by
/// wwwroot/js/api-docs.js from the container's data attributes: no inline script. Scalar writes its styles at run
/// time: its &lt;style&gt; elements carry this response's nonce and its markup has style attributes, which only this
/// page's policy allows (ADR 0031).
/// </summary>
public static class ApiDocsPage
{
    public static IResult Render(HttpContext context)
    {
        var nonce = SecurityHeaders.AllowStyleNonce(context);
        var basePath = context.Request.PathBase.Value ?? "";
        string Attr(string value) => HtmlEncoder.Default.Encode(value);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta property="csp-nonce" content="{Attr(nonce)}">
            <title>CIMS API reference</title>
            <link rel="icon" href="{Attr(basePath)}/favicon.ico">
            </head>
            <body>
            <div id="api-docs" data-url="{Attr(basePath + ApiDocs.DocumentPath)}"></div>
            <script src="{Attr(basePath)}/js/api-docs.js"></script>
            <script src="{Attr(basePath)}/lib/scalar/standalone.js"></script>
            </body>
            </html>
            """;
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
