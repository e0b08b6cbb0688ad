namespace Cims.Web.Features.Learn;

/// <summary>
/// One Learn module: its sections are the Razor partial <c>Modules/{View}.cshtml</c>, its self-check questions are here.
/// <paramref name="ForRoles"/> are the roles it is listed first for (empty: everyone).
/// </summary>
public sealed record LearnModule(
    string Key, string Title, string Summary, string View, IReadOnlyList<string> ForRoles, IReadOnlyList<LearnQuestion> Questions)
{
    public LearnQuestion? Question(string key) => Questions.FirstOrDefault(q => q.Key == key);

    public bool IsFor(IEnumerable<string> roles) => ForRoles.Count == 0 || roles.Any(ForRoles.Contains);
}

/// <summary>A multiple-choice question with one right answer, and why it is right (shown after answering, right or wrong).</summary>
public sealed record LearnQuestion(string Key, string Text, IReadOnlyList<LearnOption> Options, string Correct, string Explanation)
{
    public LearnOption? Option(string key) => Options.FirstOrDefault(o => o.Key == key);

    public LearnOption Answer => Option(Correct) ?? throw new InvalidOperationException($"Question {Key} has no option {Correct}.");
}

public sealed record LearnOption(string Key, string Text);
