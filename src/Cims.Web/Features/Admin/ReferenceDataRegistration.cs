using Cims.Web.Features.Admin.Holidays;
using Cims.Web.Features.Admin.ReferenceData;
using Cims.Web.Infrastructure.Calendar;

namespace Cims.Web.Features.Admin;

public static class ReferenceDataRegistration
{
    /// <summary>Reference data lists and public holidays.</summary>
    public static IServiceCollection AddReferenceDataFeatures(this IServiceCollection services)
    {
        services.AddSingleton<HolidayCalendarProvider>();
        services.AddScoped<GetReferenceList>();
        services.AddScoped<GetReferenceItemPage>();
        services.AddScoped<UpdateReferenceItem>();
        services.AddScoped<AddReferenceItem>();
        services.AddScoped<GetHolidayYear>();
        services.AddScoped<GetHoliday>();
        services.AddScoped<AddHoliday>();
        services.AddScoped<EditHoliday>();
        services.AddScoped<DeleteHoliday>();
        services.AddScoped<GenerateHolidayYear>();
        return services;
    }
}
