namespace Cims.Web.Features.Incidents.Analysis.Lessons;

/// <summary>A finding on an allegation: its incident type and what was found.</summary>
public sealed record LessonFinding(string IncidentType, string Finding);

/// <summary>An action that came of it (a recommendation or a review action), de-identified, and where it is.</summary>
public sealed record LessonAction(string Text, string Status);

/// <summary>
/// One approved investigation outcome or review, as the library shows it: what kind of incident, when (the year), the
/// organisation only if it agreed, the contributing factors, the findings, the root causes and the actions, with every
/// name recorded in the incident taken out of the text.
/// </summary>
public sealed record Lesson(
    string Kind, int Year, string IncidentType, string Impact, string? Organisation, IReadOnlyList<string> Factors,
    IReadOnlyList<LessonFinding> Findings, IReadOnlyList<string> RootCauses, IReadOnlyList<LessonAction> Actions);
