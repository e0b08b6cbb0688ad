using Microsoft.AspNetCore.Diagnostics;

namespace Cims.Web.Infrastructure.Startup;

/// <summary>
/// A file request that static files did not find (under wwwroot's folders, or a file at the root such as
/// /apple-touch-icon-precomposed.png) answers a bare 404 here, before authentication. Without it the browser's
/// background requests for icons would be sent to the sign-in page, rendering it (and a new antiforgery cookie,
/// which can replace the one the form on screen was rendered with) for every page an anonymous user opens.
/// </summary>
public static class MissingStaticFiles
{
    private static readonly PathString[] Folders = ["/css", "/js", "/lib"];

    public static void UseMissingStaticFiles(this WebApplication app) => app.Use((context, next) =>
    {
        if (!IsFileRequest(context.Request.Path))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
        return Task.CompletedTask;
    });

    /// <summary>Under a static folder, or one segment with a file extension at the root (no page's address has one).</summary>
    public static bool IsFileRequest(PathString path)
    {
        if (Folders.Any(folder => path.StartsWithSegments(folder, StringComparison.OrdinalIgnoreCase)))
            return true;
        var value = path.Value ?? "";
        return value.LastIndexOf('/') == 0 && Path.HasExtension(value);
    }
}
