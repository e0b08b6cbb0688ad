namespace Cims.Web.Features.Privacy.Submission;

/// <summary>The declaration page: the form, the read-only summary of every stage, and when the draft expires.</summary>
public sealed record DeclarationPage(PrivacyDeclarationForm Form, IReadOnlyList<SummaryStage> Summary, DateTimeOffset ExpiresAt);
