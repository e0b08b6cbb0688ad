using Microsoft.AspNetCore.Mvc;

namespace Cims.Web.Infrastructure.Training;

/// <summary>Registers the training environment's seams once; each behaves as production unless <see cref="TrainingMode"/> is on.</summary>
public static class TrainingSetup
{
    public static IServiceCollection AddCimsTraining(this IServiceCollection services)
    {
        services.AddSingleton<TrainingMode>();
        services.AddSingleton<DraftSaving>();
        services.AddScoped<TrainingMailbox>();
        services.AddScoped<TrainingSeeder>();
        services.AddScoped<TrainingReset>();
        services.AddScoped<Features.Admin.Training.ListTrainingEmails>();
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section);
        services.AddHostedService<NightlyTrainingResetJob>();
        services.Configure<MvcOptions>(mvc => mvc.Filters.Add<RefuseDraftSavingFilter>());
        return services;
    }

    /// <summary>In the training environment, every PDF written for a request carries the training marking.</summary>
    public static void UseCimsTraining(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TrainingMode>().IsOn)
            app.UseMiddleware<TrainingPdfMarking>();
    }
}
