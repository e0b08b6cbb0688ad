namespace Cims.Web.Features.Incidents.Attachments;

public static class AttachmentRegistration
{
    /// <summary>Attachments on client incident reports: listing, upload, download and removal.</summary>
    public static IServiceCollection AddIncidentAttachments(this IServiceCollection services)
    {
        services.AddScoped<AttachmentQueries>();
        services.AddScoped<UploadAttachment>();
        services.AddScoped<DownloadAttachment>();
        services.AddScoped<RemoveAttachment>();
        return services;
    }
}
