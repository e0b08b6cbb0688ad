using Cims.Domain.Incidents;
using Cims.Web.Features.Incidents;
using Cims.Web.Infrastructure.Calendar;
using Cims.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cims.Web.Tests.Incidents;

/// <summary>The clock an incident page shows, with the time frozen, over the holidays stored in the database.</summary>
public abstract class IncidentClockTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    // Thursday 2 April 2026, 10:00 in Melbourne (AEDT, UTC+11).
    private static readonly DateTimeOffset Frozen = new(2026, 4, 1, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReportingDeadline_E3AwareBeforeEaster_SkipsHolidaysFromTheDatabase()
    {
        var clock = Clock();
        var incident = Incident.Start(1, "u", new DateOnly(2026, 4, 2), Frozen);
        incident.SetDates(new IncidentDates(new DateOnly(2026, 4, 2), "EXACT", new TimeOnly(9, 0), "EXACT", Frozen), Frozen).MustSucceed();
        incident.SetDetails(new IncidentDescription("Home", "Fell.", ImpactLevel.Major, 1, null), Frozen).MustSucceed();

        var deadline = await clock.ReportingDeadlineAsync(incident, CancellationToken.None);

        // Good Friday 3 April and Easter Monday 6 April are not business days: Tue 7, Wed 8, Thu 9.
        Assert.Equal(new DateTimeOffset(2026, 4, 9, 23, 59, 59, TimeSpan.FromHours(10)), deadline!.DueAt);
        // From 10:00 AEDT on 2 April to 23:59:59 AEST on 9 April: clocks go back an hour on 5 April.
        Assert.Equal("7 days 14 hours left", clock.Describe(deadline.DueAt));
    }

    [Fact]
    public void Describe_FrozenClock_SaysTimeLeftAndOverdueInWords()
    {
        var clock = Clock();

        Assert.Equal("2 days 3 hours left", clock.Describe(Frozen.AddDays(2).AddHours(3)));
        Assert.Equal("1 hour 30 minutes left", clock.Describe(Frozen.AddMinutes(90)));
        Assert.Equal("Overdue by 5 hours 0 minutes", clock.Describe(Frozen.AddHours(-5)));
        Assert.Equal("Overdue by 1 day 2 hours", clock.Describe(Frozen.AddHours(-26)));
    }

    private IncidentClock Clock() =>
        new(app.Services.GetRequiredService<HolidayCalendarProvider>(), new FakeTimeProvider(Frozen));
}

public sealed class SqliteIncidentClockTests(SqliteApp app) : IncidentClockTests<SqliteApp>(app);

public sealed class PostgresIncidentClockTests(PostgresApp app) : IncidentClockTests<PostgresApp>(app);
