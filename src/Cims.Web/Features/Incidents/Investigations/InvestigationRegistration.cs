using Cims.Web.Features.Incidents.Investigations.Assignment;
using Cims.Web.Features.Incidents.Investigations.Plan;
using Cims.Web.Features.Incidents.Clock;

namespace Cims.Web.Features.Incidents.Investigations;

public static class InvestigationRegistration
{
    /// <summary>Stage 3: assignment, the plan and its endorsement, the investigation's page and list.</summary>
    public static IServiceCollection AddInvestigations(this IServiceCollection services)
    {
        services.AddScoped<InvestigationWrites>();
        services.AddScoped<InvestigationMail>();
        services.AddScoped<GetInvestigationPage>();
        services.AddScoped<ListInvestigations>();
        services.AddScoped<AssigneeCandidates>();
        services.AddScoped<GetAssignPage>();
        services.AddScoped<AssignInvestigator>();
        services.AddScoped<ReassignInvestigator>();
        services.AddScoped<SavePlan>();
        services.AddScoped<DecidePlan>();
        services.AddScoped<Work.ChangeWork>();
        services.AddScoped<Work.FactorChoices>();
        services.AddScoped<Outcome.OutcomeSteps>();
        services.AddClock();
        return services;
    }
}
