using Cims.Web.Features.Learn.Progress;

namespace Cims.Web.Features.Learn;

/// <summary>/Learn: the modules for the user's roles, then the others, each with the user's own progress.</summary>
public sealed record LearnIndexPage(IReadOnlyList<LearnModule> ForYou, IReadOnlyList<LearnModule> Others, IReadOnlyDictionary<string, ModuleProgress> Progress);

/// <summary>
/// /Learn/{module}: the sections, the rules they quote, and the questions with the user's answers in <see cref="Chosen"/>.
/// <see cref="ShowResults"/> is false when the form comes back with errors: the choices stay, the results wait for a save.
/// </summary>
public sealed record ModulePage(LearnModule Module, LearnRules Rules, IReadOnlyDictionary<string, string> Chosen, bool ShowResults)
{
    public string? ChosenFor(LearnQuestion question) => Chosen.TryGetValue(question.Key, out var option) ? option : null;

    public int Answered => Module.Questions.Count(q => q.Option(ChosenFor(q) ?? "") is not null);

    public int Right => Module.Questions.Count(q => ChosenFor(q) == q.Correct);
}
