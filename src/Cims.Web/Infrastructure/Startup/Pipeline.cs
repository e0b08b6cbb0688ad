using Cims.Web.Features.Api;
using Cims.Web.Features.Api.Idempotency;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Infrastructure.Logging;
using Cims.Web.Infrastructure.Proxy;
using Cims.Web.Infrastructure.Requests;
using Cims.Web.Infrastructure.Resilience;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Cims.Web.Infrastructure.Startup;

public static class Pipeline
{
    public static void UseCims(this WebApplication app)
    {
        app.UseCimsForwardedHeaders();
        Security.SecurityPipeline.UseCimsSecurity(app);
        app.UseCimsRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Home/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseApiStatusCodes();
        app.UseUnreadableCharsetRefusal();
        app.UseDatabaseUnavailable(isApi: ApiEndpoints.IsApiPath);
        app.UseApiRequestBuffering();
        app.UseRequestLocalization("en-AU");
        app.UseStaticFiles();
        app.UseMissingStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseRefusedAccessAudit();
        app.UseAuthorization();
        Training.TrainingSetup.UseCimsTraining(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapCimsApi();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
    }
}
