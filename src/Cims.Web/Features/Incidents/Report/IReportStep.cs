using System.Security.Claims;
using Cims.Domain.Common;
using Cims.Domain.Incidents;
using Cims.Web.Features.Shared.Steps;

namespace Cims.Web.Features.Incidents.Report;

/// <summary>
/// One page of the report: fills its form from the saved report, adds the choices the page offers,
/// and applies a valid form to the report (rules that need the database live here). The controller saves.
/// </summary>
public interface IReportStep<TForm>
    where TForm : StepForm
{
    ReportStep Step { get; }

    Task<TForm> FormAsync(Incident incident, ClaimsPrincipal user, CancellationToken ct);

    Task<TForm> WithChoicesAsync(Incident incident, TForm form, CancellationToken ct);

    Task<Result> ApplyAsync(Incident incident, TForm form, CancellationToken ct);
}
