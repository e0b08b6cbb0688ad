using Cims.Web.Features.Incidents.Pdf;

namespace Cims.Web.Features.Incidents.Department;

public static class DepartmentRegistration
{
    /// <summary>The department's incident list and screening, and the PDF copy of a report.</summary>
    public static IServiceCollection AddDepartmentIncidentFeatures(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<ListDepartmentIncidents>();
        services.AddScoped<GetScreening>();
        services.AddScoped<ScreenIncident>();
        services.AddScoped<DownloadIncidentPdf>();
        return services;
    }
}
