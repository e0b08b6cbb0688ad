namespace Cims.Load;

/// <summary>A kind of user: what they do in one sitting, with pauses to read and type between pages.</summary>
public abstract class Persona(LoadOptions options)
{
    protected LoadOptions Options { get; } = options;

    public abstract string Name { get; }

    /// <summary>Once per simulated user before its first sitting (signing in, taking a token).</summary>
    public virtual Task StartAsync(Browser browser, CancellationToken ct) => Task.CompletedTask;

    public abstract Task SitAsync(Browser browser, Acknowledged acknowledged, CancellationToken ct);

    /// <summary>A pause of half to one and a half times the think time, as people read and type at different speeds.</summary>
    public Task ThinkAsync(CancellationToken ct) =>
        Task.Delay(TimeSpan.FromMilliseconds(Options.ThinkTime.TotalMilliseconds * (0.5 + Random.Shared.NextDouble())), ct);

    /// <summary>Signs in with the form as a demo account; a refusal fails the user's start.</summary>
    protected async Task SignInAsync(Browser browser, string email, CancellationToken ct)
    {
        var page = await browser.GetAsync("GET /Account/Login", "/Account/Login", ct);
        page = await browser.SubmitAsync("POST /Account/Login", page, [new("Email", email), new("Password", Options.Password)], ct);
        if (page.Url.AbsolutePath.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase))
            throw new LoadFailure("sign-in", $"{email} landed on {page.Url.AbsolutePath}");
    }
}
