namespace Cims.Web.Infrastructure.Pdf;

/// <summary>
/// A marking printed at the top of every page of every PDF written while it is set: the training environment sets it
/// for each request (docs/adr/0052), so no PDF of a feature needs to know.
/// </summary>
public static class PdfMarking
{
    private static readonly AsyncLocal<string?> CurrentMarking = new();

    public static string? Current
    {
        get => CurrentMarking.Value;
        set => CurrentMarking.Value = value;
    }
}
