namespace Cims.Web.Infrastructure.Sessions;

/// <summary>The two requests the session warning makes (Features/Account/SessionController).</summary>
public static class SessionEndpoints
{
    /// <summary>POST: "Stay signed in". Always renews the sliding cookie.</summary>
    public const string KeepAlivePath = "/Session/KeepAlive";

    /// <summary>GET: how long the session has left (another tab may have kept it alive). Never renews the cookie.</summary>
    public const string StatusPath = "/Session/Status";

    public static bool IsKeepAlive(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(KeepAlivePath, StringComparison.OrdinalIgnoreCase);

    public static bool IsStatus(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.Equals(StatusPath, StringComparison.OrdinalIgnoreCase);
}
