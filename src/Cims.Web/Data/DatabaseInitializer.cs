using Cims.Domain.Identity;
using Cims.Web.Data.Seeding;
using Cims.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cims.Web.Data;

/// <summary>
/// Brings the database up to date before the web server starts: applies pending migrations, seeds
/// roles, reference data and the API sandbox organisation, the demo accounts in demo mode, and in the training environment
/// its sample data (docs/adr/0052). Safe on several nodes at once
/// (EF Core takes a migration lock; seeding only fills empty tables).
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<CimsOptions> options, ILogger<DatabaseInitializer> logger)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => InitialiseAsync(cancellationToken);

    public async Task InitialiseAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        var settings = services.GetRequiredService<DatabaseSettings>();
        await MigrateAsync(services.GetRequiredService<CimsDbContext>(), ct);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
        await services.GetRequiredService<SandboxSeeder>().SeedAsync(ct);
        await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        if (options.Value.Environment == Infrastructure.Training.CimsEnvironment.Training)
            await services.GetRequiredService<Infrastructure.Training.TrainingSeeder>().SeedAsync(DemoPassword(), ct);
        else if (options.Value.SeedDemo)
            await services.GetRequiredService<DemoSeeder>().SeedAsync(DemoPassword(), ct);
        logger.LogInformation("Database ready ({Provider})", settings.Provider);
    }

    public async Task MigrateAsync(CimsDbContext db, CancellationToken ct)
    {
        if (await LegacyBaseline.AdoptAsync(db, ct))
            logger.LogInformation("Database made by the early migration scripts: baseline migration recorded as applied");
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(ct);
        }

        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    private string DemoPassword()
    {
        if (!string.IsNullOrEmpty(options.Value.DemoPassword))
            return options.Value.DemoPassword;
        Console.WriteLine($"Demo mode: every demo account's password is {DemoAccounts.DefaultPassword} (set Cims:DemoPassword to change it).");
        return DemoAccounts.DefaultPassword;
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
