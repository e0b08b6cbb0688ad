using Cims.Web.Features.Account;
using Cims.Web.Features.Admin;
using Cims.Web.Features.Api;
using Cims.Web.Features.Incidents;
using Cims.Web.Features.Learn;
using Cims.Web.Features.Notifications;
using Cims.Web.Features.Privacy;
using Cims.Web.Features.Shared.Help;
using Cims.Web.Infrastructure.Auditing;

namespace Cims.Web.Features;

/// <summary>Registers the use cases of every feature folder.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddCimsFeatures(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddSingleton<SecurityEvents>();
        services.AddSingleton<UnknownAccounts>();
        services.AddSingleton<HelpCatalogue>();
        services.AddHostedService<AuditSealingJob>();
        services.AddAccountFeatures();
        services.AddAdminFeatures();
        services.AddReferenceDataFeatures();
        services.AddIncidentFeatures();
        services.AddPrivacyReportFeatures();
        services.AddNotificationFeatures();
        services.AddLearnFeatures();
        services.AddApiFeatures();
        return services;
    }
}
