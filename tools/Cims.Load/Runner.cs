using Cims.Load.Personas;

namespace Cims.Load;

/// <summary>Starts the users over the ramp-up, lets each sit again and again until the time is up (or their sittings are done), and counts what failed.</summary>
public sealed class Runner(LoadOptions options, Stats stats, Acknowledged acknowledged)
{
    /// <summary>
    /// The mix of users, out of every twenty: 5 reporters, 2 delegates, 1 investigation and review manager, 5 on the
    /// public form, 3 provider systems, 2 department staff, 2 analysts.
    /// </summary>
    public Persona For(int user) => (user % 20) switch
    {
        < 5 => new Reporter(options, user),
        < 7 => new AuthorisedDelegate(options, stats),
        < 8 => new InvestigationManager(options),
        < 13 => new PublicReporter(options, user),
        < 16 => new ApiProvider(options, user),
        < 18 => new DepartmentStaff(options),
        _ => new Analyst(options),
    };

    public async Task RunAsync(CancellationToken stop)
    {
        var users = Enumerable.Range(1, options.Users).Select(user => UserAsync(user, stop));
        await Task.WhenAll(users);
    }

    private async Task UserAsync(int user, CancellationToken stop)
    {
        try
        {
            await Task.Delay(options.RampUp * (user - 1) / options.Users, stop);
            var persona = For(user);
            using var browser = new Browser(options.BaseUrl, stats, Browser.SourceFor(options.BaseUrl, user));
            // A person whose sign-in fails (a node killed under them, the database restarting) tries again.
            while (!await TryAsync(() => persona.StartAsync(browser, stop), persona))
                stop.ThrowIfCancellationRequested();
            for (var sitting = 0; !stop.IsCancellationRequested && sitting < (options.Sittings ?? int.MaxValue); sitting++)
                await TryAsync(() => persona.SitAsync(browser, acknowledged, stop), persona);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run's time is up.
        }
    }

    private async Task<bool> TryAsync(Func<Task> step, Persona persona)
    {
        try
        {
            await step();
            return true;
        }
        catch (LoadFailure failure)
        {
            stats.Error(failure.Kind, $"{persona.Name}: {failure.Message}");
            await Task.Delay(options.ThinkTime);
            return false;
        }
    }
}
