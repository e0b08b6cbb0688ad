using Cims.Domain.Auditing;
using Cims.Web.Data;
using Cims.Web.Infrastructure.Auditing;
using Cims.Web.Tests.Infrastructure;
using Cims.Web.Tests.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Admin.SecurityEvents;

/// <summary>CIMS whose requests come from the connection address each client names (<see cref="ConnectionAddress"/>).</summary>
public abstract class SecurityEventsApp(DatabaseProvider provider) : CimsAppFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ConnectionAddress>());
    }

    /// <summary>A client (cookies kept, no redirects followed) whose every request comes from <paramref name="address"/>.</summary>
    public FormClient ClientFrom(string address)
    {
        var client = FormClient.For(this);
        client.Http.DefaultRequestHeaders.Add(ConnectionAddress.Header, address);
        return client;
    }

    public async Task<FormClient> SignedInFromAsync(string address, string email)
    {
        var client = ClientFrom(address);
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>The security events of one action since <paramref name="afterId"/>, oldest first.</summary>
    public Task<List<AuditEntry>> EventsAsync(string action, long afterId = 0) =>
        WithDbAsync(db => db.AuditEntries.Where(a => a.Action == action && a.Id > afterId).OrderBy(a => a.Id).ToListAsync());

    public async Task<long> LastIdAsync() => await WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;

    /// <summary>Seals what waits and walks the whole chain: the security events are links of it like any entry.</summary>
    public async Task<AuditVerification> VerifyChainAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CimsDbContext>();
        await AuditChain.SealPendingAsync(db, CancellationToken.None);
        return await AuditChain.VerifyAsync(db, CancellationToken.None);
    }
}

public sealed class SqliteSecurityEventsApp() : SecurityEventsApp(DatabaseProvider.Sqlite);

public sealed class PostgresSecurityEventsApp() : SecurityEventsApp(DatabaseProvider.Postgres);
