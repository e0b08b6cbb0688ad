using Cims.Domain.Investigations;

namespace Cims.Web.Infrastructure.Volume;

/// <summary>Recommendations of an investigation or actions of a review: 0 to 3, most done once well past due.</summary>
public static class ActionRows
{
    private static readonly string[] Texts =
    [
        "Refresher training for all staff on the house's behaviour support plan.",
        "Review the rostering so two staff are on shift in the evenings.",
        "Update the client's safety plan with the family and the case manager.",
        "Audit medication records monthly for six months.",
        "Brief staff on the reporting procedure and the 24-hour rule.",
    ];

    /// <summary>(owner id, number, text, owner, due on, status, status note, updated at), without the row's own id.</summary>
    public static IEnumerable<object?[]> For(int ownerId, DateTimeOffset written, DateOnly today, ref VolumeRandom random)
    {
        var count = random.Next(4);
        var rows = new List<object?[]>(count);
        for (var n = 1; n <= count; n++)
        {
            var dueOn = DateOnly.FromDateTime(written.UtcDateTime).AddDays(30 + random.Next(90));
            var u = random.NextDouble();
            var status = dueOn < today.AddDays(-30)
                ? u < 0.8 ? RecommendationStatus.Done : u < 0.85 ? RecommendationStatus.NotAccepted : RecommendationStatus.InProgress
                : u < 0.5 ? RecommendationStatus.Open : u < 0.85 ? RecommendationStatus.InProgress : RecommendationStatus.Done;
            var note = status switch
            {
                RecommendationStatus.Done => "Done: records of the training and the updated plan are on the client file.",
                RecommendationStatus.NotAccepted => "Not accepted: the service closed before the action was due.",
                _ => null,
            };
            rows.Add([ownerId, n, random.Pick(Texts), SyntheticText.Name(ref random), dueOn, status, note, written.AddDays(random.Next(1, 60))]);
        }

        return rows;
    }
}
