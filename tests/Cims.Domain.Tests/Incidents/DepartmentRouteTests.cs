using System.Globalization;
using Cims.Domain.Incidents;
using static Cims.Domain.Tests.Incidents.IncidentTestData;

namespace Cims.Domain.Tests.Incidents;

/// <summary>The one statement of where a report goes once the department has it.</summary>
public sealed class DepartmentRouteTests
{
    private static readonly Actor Cims = new("system", "CIMS");
    private static readonly RuleFollowUp Investigation = new(FollowUpAction.Investigation, "Major physical abuse by staff", null);

    [Theory]
    [InlineData(ImpactLevel.Major, "2019-05-01", DepartmentRoute.Screening, IncidentStatus.DepartmentReview)]
    [InlineData(ImpactLevel.Major, "2021-06-01", DepartmentRoute.FollowUpByRule, IncidentStatus.FollowUpDetermined)]
    [InlineData(ImpactLevel.Major, "2026-11-23", DepartmentRoute.FollowUpByRule, IncidentStatus.FollowUpDetermined)]
    [InlineData(ImpactLevel.NonMajor, "2021-06-01", DepartmentRoute.None, IncidentStatus.SubmittedToDepartment)]
    [InlineData(ImpactLevel.NonMajor, "2026-11-23", DepartmentRoute.None, IncidentStatus.SubmittedToDepartment)]
    public void RouteAtDepartment_SubmittedReport_TakesTheRouteOfItsImpactAndProfile(
        ImpactLevel impact, string reportedOn, DepartmentRoute route, IncidentStatus status)
    {
        var incident = Submitted(impact, DateOnly.Parse(reportedOn, CultureInfo.InvariantCulture));

        incident.RouteAtDepartment(Cims, Investigation, Now).MustSucceed();

        Assert.Equal(route, incident.DepartmentRoute);
        Assert.Equal(status, incident.Status);
        Assert.Equal(route == DepartmentRoute.FollowUpByRule ? FollowUpAction.Investigation : null, incident.FollowUp);
    }

    [Fact]
    public void RouteAtDepartment_FollowUpByRuleWithoutOne_IsAProgrammingError()
    {
        var incident = Submitted(ImpactLevel.Major, new DateOnly(2026, 11, 23));

        Assert.Throws<ArgumentNullException>(() => incident.RouteAtDepartment(Cims, null, Now));
        Assert.Equal(IncidentStatus.SubmittedToDepartment, incident.Status);
    }

    [Fact]
    public void RouteAtDepartment_NotYetSubmitted_IsTheWrongStatus()
    {
        var incident = Complete(ImpactLevel.Major, new DateOnly(2019, 5, 1));
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();

        var result = incident.RouteAtDepartment(Cims, Investigation, Now);

        Assert.Equal("incident.wrong_status", result.Error?.Code);
        Assert.Equal(IncidentStatus.AwaitingEndorsement, incident.Status);
    }

    private static Incident Submitted(ImpactLevel impact, DateOnly reportedOn)
    {
        var incident = Complete(impact, reportedOn);
        incident.SubmitForEndorsement(Reporter, Now).MustSucceed();
        incident.Endorse(Endorser, Now).MustSucceed();
        return incident;
    }
}
