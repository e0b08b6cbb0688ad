using System.Globalization;

namespace Cims.Web.Infrastructure.Calendar;

/// <summary>Dates typed in Australian order: DD/MM/YYYY (a single-digit day or month is accepted).</summary>
public static class AustralianDate
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-AU");
    private static readonly string[] Formats = ["d/M/yyyy", "dd/MM/yyyy"];

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, Culture, DateTimeStyles.None, out date);

    /// <summary>True when the text is empty or a valid date.</summary>
    public static bool IsEmptyOrValid(string? text) => string.IsNullOrWhiteSpace(text) || TryParse(text, out _);

    /// <summary>The date, or null when the text is empty or not a date.</summary>
    public static DateOnly? ParseOrNull(string? text) => TryParse(text, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;
}
