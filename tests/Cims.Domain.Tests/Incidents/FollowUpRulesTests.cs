using Cims.Domain.Incidents;
using Cims.Domain.Reference;

namespace Cims.Domain.Tests.Incidents;

public sealed class FollowUpRulesTests
{
    private static readonly IncidentTypeFlags PhysicalAbuse = new(true, true, false, true);
    private static readonly IncidentTypeFlags UnexplainedInjury = new(false, true, false, true);
    private static readonly IncidentTypeFlags AbsentClient = new(false, false, true, true);

    [Theory]
    [InlineData(SubjectOfAllegationRole.Staff)]
    [InlineData(SubjectOfAllegationRole.Carer)]
    [InlineData(SubjectOfAllegationRole.Client)]
    public void Suggest_MajorAbuseByStaffCarerOrClient_Investigation(SubjectOfAllegationRole role)
    {
        Assert.Equal(FollowUpAction.Investigation, FollowUpRules.Suggest(ImpactLevel.Major, PhysicalAbuse, [role]).Action);
    }

    [Fact]
    public void Suggest_MajorAbuseByFamilyMember_CaseReview()
    {
        Assert.Equal(FollowUpAction.CaseReview, FollowUpRules.Suggest(ImpactLevel.Major, PhysicalAbuse, [SubjectOfAllegationRole.Other]).Action);
    }

    [Fact]
    public void Suggest_MajorUnexplainedInjury_Investigation()
    {
        Assert.Equal(FollowUpAction.Investigation, FollowUpRules.Suggest(ImpactLevel.Major, UnexplainedInjury, []).Action);
    }

    [Fact]
    public void Suggest_MajorAbsentClient_CaseReview()
    {
        Assert.Equal(FollowUpAction.CaseReview, FollowUpRules.Suggest(ImpactLevel.Major, AbsentClient, []).Action);
    }

    [Fact]
    public void Suggest_NonMajorAbuse_NoFurtherAction()
    {
        var (action, reason) = FollowUpRules.Suggest(ImpactLevel.NonMajor, PhysicalAbuse, [SubjectOfAllegationRole.Staff]);

        Assert.Equal(FollowUpAction.NoFurtherAction, action);
        Assert.Contains("Non-major", reason, StringComparison.Ordinal);
    }
}
