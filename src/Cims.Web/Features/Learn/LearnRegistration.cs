using Cims.Web.Features.Learn.Progress;

namespace Cims.Web.Features.Learn;

public static class LearnRegistration
{
    public static IServiceCollection AddLearnFeatures(this IServiceCollection services)
    {
        services.AddScoped<LearnRulesSource>();
        services.AddScoped<LearnProgress>();
        services.AddScoped<AnswerQuestions>();
        return services;
    }
}
