using Cims.Web.Features.Incidents.Reviews.Assignment;

namespace Cims.Web.Features.Incidents.Reviews;

public static class ReviewRegistration
{
    /// <summary>Stage 4: assignment, the review's page and list, and its way to approval and the department.</summary>
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddScoped<ReviewWrites>();
        services.AddScoped<ReviewMail>();
        services.AddScoped<GetReviewPage>();
        services.AddScoped<ListReviews>();
        services.AddScoped<ReviewAssignPages>();
        services.AddScoped<AssignReviewer>();
        services.AddScoped<ReassignReviewer>();
        services.AddScoped<ReviewSteps>();
        services.AddScoped<Content.ChangeReview>();
        return services;
    }
}
