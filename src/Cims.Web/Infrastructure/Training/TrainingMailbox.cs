using Cims.Web.Data;

namespace Cims.Web.Infrastructure.Training;

/// <summary>
/// In the training environment, e-mail is kept in the database (<see cref="TrainingEmail"/>) instead of leaving the
/// server. Saved in a unit of work of its own, so the sender's unsaved changes are neither saved nor lost with it.
/// </summary>
public sealed class TrainingMailbox(TrainingMode training, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>True when e-mail is kept here rather than sent.</summary>
    public bool Keeps => training.IsOn;

    public async Task KeepAsync(string to, string subject, string htmlBody, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        db.TrainingEmails.Add(TrainingEmail.Create(to, subject, htmlBody, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }
}
