namespace Cims.Web.Features.Incidents.ActionRegister;

/// <summary>Which actions the register shows.</summary>
public enum ActionView
{
    /// <summary>Open or in progress: still to complete.</summary>
    Open,
    Overdue,
    Done,
    NotAccepted,
    All,
}

/// <summary>The register's filters, as the query string gives them; anything unknown falls back to the defaults.</summary>
public sealed record ActionFilters(ActionView View, int? OrganisationId, int? Page)
{
    public static ActionFilters From(string? view, int? organisationId, int? page) =>
        new(Enum.TryParse<ActionView>(view, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : ActionView.Open, organisationId, page);

    public static string Label(ActionView view) => view switch
    {
        ActionView.Open => "To complete (open or in progress)",
        ActionView.Overdue => "Overdue",
        ActionView.Done => "Done",
        ActionView.NotAccepted => "Not accepted",
        _ => "All",
    };
}
