using Cims.Web.Features.Shared.Steps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Cims.Web.Infrastructure.Training;

/// <summary>
/// Whether a report may be saved as a draft to return to later ("Save and return later"): not in the training
/// environment, as in the department's training webform. The form's buttons ask it.
/// </summary>
public sealed class DraftSaving(TrainingMode training)
{
    public const string RefusedMessage =
        "Saving a report to return to later is switched off in the training environment. Go back and finish the report in one sitting.";

    public bool Allowed => !training.IsOn;
}

/// <summary>
/// In the training environment, refuses any post that asks to save a draft and return later (409, with the reason),
/// before the step's action runs, so nothing is saved.
/// </summary>
public sealed class RefuseDraftSavingFilter(DraftSaving drafts) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!drafts.Allowed && HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && (await request.ReadFormAsync()).TryGetValue(nameof(StepForm.Nav), out var nav) && nav == StepNav.Later)
        {
            context.Result = new ViewResult { ViewName = "DraftSavingOff", StatusCode = StatusCodes.Status409Conflict };
            return;
        }

        await next();
    }
}
