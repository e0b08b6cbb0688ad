namespace Cims.Domain.Incidents;

public enum ImpactLevel
{
    NonMajor,
    Major,
}

public static class ImpactDefinitions
{
    public const string Major =
        "Major impact: the unanticipated death of a client; severe physical, emotional or psychological injury or " +
        "suffering likely to cause ongoing trauma; or a pattern of incidents involving one client that together reach that level.";

    public const string NonMajor =
        "Non-major impact: injury or suffering that does not reach major impact. The client needs only short-term " +
        "interventions such as first aid, observation, a talking intervention or brief medical treatment.";

    public static string Display(this ImpactLevel impact) => impact == ImpactLevel.Major ? "Major impact" : "Non-major impact";
}
