using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Account.Throttling;

public sealed record TooManyAttemptsModel(int Minutes)
{
    public const string Message = "Too many attempts. For your security, please try again in";

    public static TooManyAttemptsModel For(TimeSpan wait) => new(Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)));
}

public static class TooManyAttemptsResult
{
    /// <summary>The "Too many attempts" page with status 429 and a Retry-After header.</summary>
    public static ViewResult TooManyAttempts(this Controller controller, TimeSpan wait)
    {
        var model = TooManyAttemptsModel.For(wait);
        controller.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        controller.Response.Headers.RetryAfter = (model.Minutes * 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return controller.View("TooManyAttempts", model);
    }
}
