using Cims.Domain.Common;
using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Learn.Progress;

/// <summary>
/// Checks a user's answers to a module's questions and keeps the latest answer to each (answering again replaces it).
/// Two saves of the same new answer at once: the unique index refuses the second insert, which is then read again and
/// updated, so the latest answer wins and no request fails.
/// </summary>
public sealed class AnswerQuestions(CimsDbContext db, TimeProvider clock)
{
    public static string FieldOf(LearnQuestion question) => $"answer-{question.Key}";

    public async Task<IReadOnlyList<Error>> RunAsync(string userId, LearnModule module, IReadOnlyDictionary<string, string> posted, CancellationToken ct)
    {
        var errors = new List<Error>();
        var chosen = new List<(LearnQuestion Question, LearnOption Option)>();
        foreach (var question in module.Questions)
        {
            if (!posted.TryGetValue(FieldOf(question), out var value) || value.Length == 0)
                continue;
            if (question.Option(value) is { } option)
                chosen.Add((question, option));
            else
                errors.Add(new("learn.unknown_option", $"Choose one of the answers listed for question {Number(module, question)}.", FieldOf(question)));
        }

        if (errors.Count == 0 && chosen.Count == 0)
            errors.Add(new("learn.nothing_chosen", "Choose an answer to at least one question.", FieldOf(module.Questions[0])));
        if (errors.Count > 0)
            return errors;
        try
        {
            await SaveAsync(userId, module.Key, chosen, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await SaveAsync(userId, module.Key, chosen, ct);
        }

        return [];
    }

    private async Task SaveAsync(string userId, string module, List<(LearnQuestion Question, LearnOption Option)> chosen, CancellationToken ct)
    {
        var keys = chosen.Select(c => c.Question.Key).ToList();
        var kept = await db.LearnAnswers.Where(a => a.UserId == userId && a.ModuleKey == module && keys.Contains(a.QuestionKey))
            .ToDictionaryAsync(a => a.QuestionKey, ct);
        var now = clock.GetUtcNow();
        foreach (var (question, option) in chosen)
        {
            if (!kept.TryGetValue(question.Key, out var answer))
                db.LearnAnswers.Add(answer = LearnAnswer.Of(userId, module, question.Key));
            answer.Record(option.Key, option.Key == question.Correct, now);
        }

        await db.SaveChangesAsync(ct);
    }

    private static int Number(LearnModule module, LearnQuestion question) => module.Questions.ToList().IndexOf(question) + 1;
}
