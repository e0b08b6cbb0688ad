namespace Cims.Web.Features.Notifications;

public static class NotificationRegistration
{
    public static IServiceCollection AddNotificationFeatures(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration("Cims");
        services.AddScoped<ReminderSources>();
        services.AddScoped<ReminderRecipients>();
        services.AddScoped<ReminderOutbox>();
        services.AddScoped<ReminderDelivery>();
        services.AddScoped<SendReminders>();
        services.AddScoped<UserNotifications>();
        services.AddHostedService<ReminderJob>();
        return services;
    }
}
