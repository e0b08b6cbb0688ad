namespace Cims.Web.Features.Learn.Progress;

/// <summary>
/// A user's latest answer to one self-check question: only that user ever sees it (no one else's page reads this table),
/// and answering again replaces it. <see cref="AnsweredAt"/> is UTC.
/// </summary>
public sealed class LearnAnswer
{
    public const int KeyMaxLength = 40;

    private LearnAnswer()
    {
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string ModuleKey { get; private set; } = "";

    public string QuestionKey { get; private set; } = "";

    /// <summary>The option chosen, so the module shows the user their answer and its explanation when they come back.</summary>
    public string ChosenOption { get; private set; } = "";

    public bool AnsweredCorrectly { get; private set; }

    public DateTimeOffset AnsweredAt { get; private set; }

    public static LearnAnswer Of(string userId, string module, string question) =>
        new() { UserId = userId, ModuleKey = module, QuestionKey = question };

    public void Record(string option, bool correct, DateTimeOffset now)
    {
        ChosenOption = option;
        AnsweredCorrectly = correct;
        AnsweredAt = now.ToUniversalTime();
    }
}
