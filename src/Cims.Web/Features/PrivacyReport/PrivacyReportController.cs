using Cims.Domain.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.PrivacyReport;

public sealed record LandingPage(string PrivacyPolicyUrl, DateTimeOffset? DraftExpiresAt);

public sealed record CancelPage(PrivacyStageInfo Stage);

/// <summary>The public privacy incident report: landing page, Proceed (starts or continues the draft) and Cancel.</summary>
public sealed class PrivacyReportController(PrivacyDrafts drafts) : PrivacyControllerBase(drafts)
{
    [HttpGet("PrivacyReport")]
    public async Task<IActionResult> Index([FromServices] IOptions<PrivacyReportOptions> options, CancellationToken ct)
    {
        var draft = await Drafts.FindAsync(PrivacyDraftCookie.Read(Request), ct);
        return View(new LandingPage(options.Value.PrivacyPolicyUrl, draft.Report?.ExpiresAt));
    }

    [HttpPost("PrivacyReport/Proceed")]
    public async Task<IActionResult> Proceed(CancellationToken ct)
    {
        var report = (await Drafts.FindAsync(PrivacyDraftCookie.Read(Request), ct)).Report ?? await Drafts.CreateAsync(ct);
        PrivacyDraftCookie.Write(HttpContext, report);
        return Redirect(PrivacyStages.Of(report.NextStage).Url);
    }

    [HttpGet("PrivacyReport/Cancel")]
    public Task<IActionResult> Cancel(string? stage, CancellationToken ct) =>
        WithDraftAsync(PrivacyStage.Service, r =>
        {
            var from = PrivacyStages.Find(stage) is { } s && r.CanOpen(s.Stage) ? s : PrivacyStages.Of(r.NextStage);
            return Task.FromResult<IActionResult>(View(new CancelPage(from)));
        }, ct);

    /// <summary>"Yes": deletes the draft and its cookie and starts over at the landing page.</summary>
    [HttpPost("PrivacyReport/Cancel")]
    public async Task<IActionResult> CancelConfirmed(CancellationToken ct)
    {
        await Drafts.DeleteAsync(PrivacyDraftCookie.Read(Request), ct);
        PrivacyDraftCookie.Clear(HttpContext);
        TempData["Flash"] = "Your privacy incident report was cancelled and what you entered was deleted.";
        return Redirect(PrivacyStages.Root);
    }
}

public sealed class PrivacyReportOptions
{
    /// <summary>The department's privacy policy, linked from the landing page.</summary>
    public string PrivacyPolicyUrl { get; set; } = "/Info/PrivacyStatement";
}

public static class PublicForms
{
    /// <summary>The rate-limiting policy of the public (anonymous) forms: requests per minute per client address.</summary>
    public const string RateLimitPolicy = "public-forms";

    /// <summary>The rate-limiting policy of the typing aids' look-ups, counted apart from the pages.</summary>
    public const string LookupRateLimitPolicy = "public-lookups";

    public static IServiceCollection AddPrivacyReportFeatures(this IServiceCollection services)
    {
        services.AddOptions<PrivacyReportOptions>().BindConfiguration("Cims");
        services.AddScoped<PrivacyDrafts>();
        services.AddScoped<PrivacyChoices>();
        services.AddScoped<ServiceStage>();
        services.AddScoped<OfficerStage>();
        services.AddScoped<Department.ListPrivacyQueue>();
        services.AddScoped<Department.GetPrivacyReportPage>();
        services.AddScoped<Department.AssessPrivacyReport>();
        services.AddScoped<Department.AskForClientIncident>();
        services.AddScoped<Containment.ContainmentStage>();
        services.AddScoped<Containment.PrivacyFiles>();
        services.AddScoped<Containment.DownloadPrivacyFile>();
        services.AddScoped<DisclosureClock>();
        services.AddScoped<DatesStage>();
        services.AddScoped<DescriptionStage>();
        Cleanup.ExpiredDraftCleanupSetup.AddExpiredDraftCleanup(services);
        services.AddScoped<Submission.PrivacyReceipts>();
        services.AddScoped<Submission.PrivacySummaries>();
        services.AddScoped<Submission.SubmitPrivacyReport>();
        services.AddScoped<Pdf.DownloadPrivacyPdf>();
        services.AddScoped<People.PeopleStage>();
        services.AddSingleton<Addresses.VicLocalities>();
        return services;
    }
}
