using Cims.Web.Features.Incidents.Pdf;

namespace Cims.Web.Features.Incidents.Department;

public static class DepartmentRegistration
{
    /// <summary>
    /// The department's incident list and screening, and the PDF copy of a report (setting
    /// Cims:DepartmentList:CountsSeconds: how long the list's counts are shared, ADR 0022).
    /// </summary>
    public static IServiceCollection AddDepartmentIncidentFeatures(this IServiceCollection services)
    {
        services.AddOptions<DepartmentListOptions>().BindConfiguration("Cims:DepartmentList")
            .Validate(o => o.CountsSeconds is >= 0 and <= 3600, "Cims:DepartmentList:CountsSeconds must be between 0 and 3600 seconds.")
            .ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<DepartmentCounts>();
        services.AddScoped<ListDepartmentIncidents>();
        services.AddScoped<GetScreening>();
        services.AddScoped<ScreenIncident>();
        services.AddScoped<DownloadIncidentPdf>();
        return services;
    }
}
