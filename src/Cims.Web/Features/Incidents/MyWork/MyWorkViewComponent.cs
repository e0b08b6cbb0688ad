using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Features.Incidents.MyWork;

/// <summary>"My work" at the top of the home page: what waits for the signed-in user, soonest due first.</summary>
public sealed class MyWorkViewComponent(GetMyWork myWork) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Incidents/MyWork/_MyWork.cshtml", await myWork.RunAsync(HttpContext.User, HttpContext.RequestAborted));
}
