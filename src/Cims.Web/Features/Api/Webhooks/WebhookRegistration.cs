using Cims.Web.Features.Api.Webhooks.Delivery;
using Cims.Web.Features.Api.Webhooks.Pages;

namespace Cims.Web.Features.Api.Webhooks;

public static class WebhookRegistration
{
    /// <summary>Webhooks: the address rules, the secrets, the sender and its job, the pages' use cases.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        services.AddSingleton(s => new WebhookAddressPolicy(s.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookSender>();
        services.AddScoped<WebhookClaims>();
        services.AddScoped<WebhookResults>();
        services.AddScoped<DeliverWebhooks>();
        services.AddHostedService<WebhookDeliveryJob>();
        services.AddScoped<WebhookWrites>();
        services.AddScoped<WebhookPages>();
        services.AddScoped<CreateWebhook>();
        services.AddScoped<EditWebhook>();
        services.AddScoped<WebhookActions>();
        return services;
    }
}
