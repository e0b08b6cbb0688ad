namespace Cims.Web.Features.Incidents.Clock;

/// <summary>
/// The optional document of an extension request: checked as every incident attachment is (<see cref="Attachments.CheckedFile"/>)
/// and stored as an attachment of the investigation's incident, under this description.
/// </summary>
public static class ExtensionDocument
{
    public const string Field = "Document";
    public const string Description = "Extension request document";
}
