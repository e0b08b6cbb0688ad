using Cims.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Features.Learn.Progress;

/// <summary>How far a user is through a module: questions answered and answered right (of the module's current questions).</summary>
public sealed record ModuleProgress(int Answered, int Right, int Questions)
{
    public bool Complete => Questions > 0 && Right == Questions;
}

/// <summary>Reads one user's own answers. Every query is by the signed-in user's id: nobody reads another user's progress.</summary>
public sealed class LearnProgress(CimsDbContext db)
{
    public async Task<IReadOnlyDictionary<string, ModuleProgress>> SummaryAsync(string userId, CancellationToken ct)
    {
        var rows = await db.LearnAnswers.AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new { a.ModuleKey, a.QuestionKey, a.AnsweredCorrectly }).ToListAsync(ct);
        return LearnCatalogue.All.ToDictionary(m => m.Key, m =>
        {
            var mine = rows.Where(r => r.ModuleKey == m.Key && m.Question(r.QuestionKey) is not null).ToList();
            return new ModuleProgress(mine.Count, mine.Count(r => r.AnsweredCorrectly), m.Questions.Count);
        });
    }

    /// <summary>The user's latest answer to each question of a module they have answered, by question key.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ChosenAsync(string userId, string module, CancellationToken ct) =>
        await db.LearnAnswers.AsNoTracking().Where(a => a.UserId == userId && a.ModuleKey == module)
            .ToDictionaryAsync(a => a.QuestionKey, a => a.ChosenOption, ct);
}
