using Cims.Web.Infrastructure.Calendar;

namespace Cims.Web.Features.Admin.ReferenceData;

/// <summary>Says in words whether a value can be chosen today.</summary>
public static class ReferenceValidity
{
    public static string Describe(DateOnly? validFrom, DateOnly? validTo, DateOnly today)
    {
        if (validTo is { } to && to < today)
            return $"Retired on {AustralianDate.Format(to)}";
        if (validFrom is { } from && from > today)
            return validTo is null ? $"From {AustralianDate.Format(from)}" : $"From {AustralianDate.Format(from)} to {AustralianDate.Format(validTo)}";
        return validTo is null ? "Current" : $"Current, until {AustralianDate.Format(validTo)}";
    }
}
