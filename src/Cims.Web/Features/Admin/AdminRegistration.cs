using Cims.Web.Features.Admin.Audit;
using Cims.Web.Features.Admin.Onboarding;
using Cims.Web.Features.Admin.Organisations;
using Cims.Web.Features.Admin.Users;

namespace Cims.Web.Features.Admin;

public static class AdminRegistration
{
    /// <summary>Organisations, users and the audit log.</summary>
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        services.AddScoped<LoadOrganisationChoices>();
        services.AddScoped<ListOrganisations>();
        services.AddScoped<GetOrganisation>();
        services.AddScoped<OrganisationWrites>();
        services.AddScoped<CreateOrganisation>();
        services.AddScoped<EditOrganisation>();
        services.AddScoped<DeactivateOrganisation>();
        services.AddScoped<ReactivateOrganisation>();

        services.AddScoped<ListUsers>();
        services.AddScoped<GetUser>();
        services.AddScoped<SendInvitation>();
        services.AddScoped<CreateUser>();
        services.AddScoped<EditUser>();
        services.AddScoped<DeactivateUser>();
        services.AddScoped<ReactivateUser>();
        services.AddScoped<ResendInvitation>();
        services.AddScoped<AdministratorGuard>();
        services.AddScoped<ResetUserAuthenticator>();
        services.AddScoped<UnusedAccounts>();
        services.AddOptions<AccountOptions>().BindConfiguration("Cims:Accounts")
            .Validate(o => o.UnusedDays > 0, "Cims:Accounts:UnusedDays must be a whole number of days above 0.").ValidateOnStart();

        services.AddScoped<OnboardingChecks>();
        services.AddScoped<OnboardingPages>();
        services.AddScoped<OnboardingMail>();
        services.AddScoped<OnboardingActions>();
        services.AddScoped<ApproveOnboardingRequest>();

        services.AddScoped<SearchAuditLog>();
        services.AddScoped<SecurityEvents.SearchSecurityEvents>();
        return services;
    }
}
