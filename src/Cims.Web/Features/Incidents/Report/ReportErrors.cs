using Cims.Domain.Common;

namespace Cims.Web.Features.Incidents.Report;

public static class ReportErrors
{
    public const string EntityType = "Incident";

    public static readonly Error NotFound = Error.NotFound("report.not_found", "That report does not exist.");

    public static readonly Error Stale = new(
        "report.stale",
        "Someone else saved this report while you were working on it. Your changes have not been saved yet: " +
        "they are still on this page. Check them and save again to keep them.");

    public static readonly Error NoClients = new(
        "report.no_clients", "Add at least one client before you continue.", "Clients");

    public static readonly Error ServiceTypeNotInProgram = new(
        "report.service_type_program", "Choose a service type of the program you chose.", "ServiceTypeId");

    public static readonly Error NotYourArea = new("report.area", "Choose one of your organisation's areas.", "AreaId");

    public static readonly Error NotYourServiceType = new(
        "report.service_type", "Choose one of your organisation's service types.", "ServiceTypeId");

    public static readonly Error UnknownType = new("report.type", "Choose an incident type from the list.", "PrimaryTypeId");

    public static readonly Error SecondaryNotAbuse = new(
        "report.secondary", "Choose an abuse type, different from the primary incident type, as the secondary type.", "SecondaryTypeId");

    public static readonly Error NotDeclared = new(
        "report.declaration", "Tick the declaration to confirm the information is true and correct.", "Declared");
}
