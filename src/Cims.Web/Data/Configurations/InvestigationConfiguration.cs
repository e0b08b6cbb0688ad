using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class InvestigationConfiguration : IEntityTypeConfiguration<Investigation>
{
    public void Configure(EntityTypeBuilder<Investigation> builder)
    {
        builder.HasOne<Incident>().WithMany().HasForeignKey(i => i.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.IncidentId).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganisationId, i.Status });
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.DueRule).HasMaxLength(300);
        builder.Property(i => i.ReturnReason).HasMaxLength(InvestigationEvent.ReasonMaxLength);
        builder.Property(i => i.PlanEndorsedBy).HasMaxLength(200);
        builder.Property(i => i.FollowUp).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.OutcomeApprovedBy).HasMaxLength(200);
        builder.OwnsOne(i => i.Outcome, o =>
        {
            o.Property(x => x.OrganisationResponse).HasMaxLength(InvestigationOutcome.TextMaxLength);
            o.Property(x => x.ReviewRationale).HasMaxLength(InvestigationOutcome.TextMaxLength);
            o.Property(x => x.CommunicationStrategy).HasMaxLength(InvestigationOutcome.TextMaxLength);
            o.Property(x => x.ResponsePlan).HasMaxLength(InvestigationOutcome.TextMaxLength);
        });
        builder.Navigation(i => i.Outcome).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.OwnsOne(i => i.Manager, AssigneeMapping.Map);
        builder.Navigation(i => i.Manager).IsRequired();
        builder.OwnsOne(i => i.Plan, p =>
        {
            p.Property(x => x.ManagerPosition).HasMaxLength(InvestigationPlan.ShortMaxLength);
            p.Property(x => x.ManagerTelephone).HasMaxLength(InvestigationPlan.TelephoneMaxLength);
            p.Property(x => x.IncidentDetails).HasMaxLength(InvestigationPlan.TextMaxLength);
            p.Property(x => x.PoliceResponse).HasMaxLength(InvestigationPlan.TextMaxLength);
            p.Property(x => x.Methodology).HasMaxLength(InvestigationPlan.TextMaxLength);
        });
        builder.Navigation(i => i.Plan).IsRequired();
        builder.OwnsMany(i => i.History, h =>
        {
            h.ToTable("InvestigationEvents");
            h.WithOwner().HasForeignKey("InvestigationId");
            h.HasKey(x => x.Id);
            h.Property(x => x.What).HasMaxLength(InvestigationEvent.WhatMaxLength);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.ByUserId).HasMaxLength(450);
            h.Property(x => x.ByName).HasMaxLength(200);
            h.Property(x => x.Reason).HasMaxLength(InvestigationEvent.ReasonMaxLength + 500);
        });
        builder.Navigation(i => i.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.InvestigationWork();
        builder.Clock("Investigation");
    }
}

/// <summary>Who works on an investigation or a review: the same columns beside each.</summary>
internal static class AssigneeMapping
{
    public static void Map<TOwner>(OwnedNavigationBuilder<TOwner, Assignee> m)
        where TOwner : class
    {
        m.Property(x => x.UserId).HasMaxLength(450);
        m.Property(x => x.Name).HasMaxLength(Assignee.NameMaxLength);
        m.Property(x => x.Email).HasMaxLength(256);
        m.Property(x => x.ExternalOrganisation).HasMaxLength(Assignee.NameMaxLength);
        m.Property(x => x.ExternalContact).HasMaxLength(Assignee.ContactMaxLength);
        m.Property(x => x.ResponsibleUserId).HasMaxLength(450);
        m.Property(x => x.ResponsibleName).HasMaxLength(Assignee.NameMaxLength);
        m.HasIndex(x => x.ResponsibleUserId);
    }
}

internal static class InvestigationWorkMapping
{
    /// <summary>Allegations with their findings, the evidence log, contributing factors and recommendations.</summary>
    public static void InvestigationWork(this EntityTypeBuilder<Investigation> builder)
    {
        builder.OwnsMany(i => i.Allegations, a =>
        {
            a.ToTable("InvestigationAllegations");
            a.WithOwner().HasForeignKey("InvestigationId");
            a.HasKey(x => x.Id);
            a.HasIndex("InvestigationId", nameof(Allegation.Number)).IsUnique();
            a.Property(x => x.ClientName).HasMaxLength(Allegation.NameMaxLength);
            a.Property(x => x.SubjectName).HasMaxLength(Allegation.NameMaxLength);
            a.Property(x => x.IncidentType).HasMaxLength(Allegation.TypeMaxLength);
            a.Property(x => x.Details).HasMaxLength(Allegation.TextMaxLength);
            a.Property(x => x.Finding).HasConversion<string>().HasMaxLength(30);
            a.Property(x => x.FindingReasons).HasMaxLength(Allegation.ReasonsMaxLength);
        });
        builder.OwnsMany(i => i.Evidence, e =>
        {
            e.ToTable("InvestigationEvidence");
            e.WithOwner().HasForeignKey("InvestigationId");
            e.HasKey(x => x.Id);
            e.HasIndex("InvestigationId", nameof(EvidenceItem.Number)).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Title).HasMaxLength(EvidenceItem.NameMaxLength);
            e.Property(x => x.TakenBy).HasMaxLength(EvidenceItem.NameMaxLength);
            e.Property(x => x.Summary).HasMaxLength(EvidenceItem.SummaryMaxLength);
            e.Property(x => x.RecordedByName).HasMaxLength(200);
            e.HasOne(x => x.File).WithMany().HasForeignKey(x => x.AttachmentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(i => i.Recommendations, r =>
        {
            r.ToTable("InvestigationRecommendations");
            r.WithOwner().HasForeignKey("InvestigationId");
            r.HasKey(x => x.Id);
            r.HasIndex("InvestigationId", nameof(Recommendation.Number)).IsUnique();
            r.Property(x => x.Text).HasMaxLength(Recommendation.TextMaxLength);
            r.Property(x => x.Owner).HasMaxLength(Recommendation.OwnerMaxLength);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.StatusNote).HasMaxLength(Recommendation.TextMaxLength);
        });
        builder.Navigation(i => i.Allegations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Recommendations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(i => i.ContributingFactors);
        builder.Property(i => i.OtherContributingFactors).HasMaxLength(Investigation.FactorsTextMaxLength);
    }
}

internal static class ClockMapping
{
    /// <summary>Extension requests and police holds (the clock of an investigation or a review), one table each, named after the owner.</summary>
    public static void Clock<TWork>(this EntityTypeBuilder<TWork> builder, string owner)
        where TWork : ClockedWork
    {
        builder.OwnsMany(i => i.Extensions, e =>
        {
            e.ToTable($"{owner}Extensions");
            e.WithOwner().HasForeignKey($"{owner}Id");
            e.HasKey(x => x.Id);
            e.Property(x => x.Reason).HasMaxLength(InvestigationEvent.ReasonMaxLength);
            e.Property(x => x.RequestedByUserId).HasMaxLength(450);
            e.Property(x => x.RequestedByName).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DeclineReason).HasMaxLength(InvestigationEvent.ReasonMaxLength);
            e.Property(x => x.DecidedByName).HasMaxLength(200);
            e.HasIndex(x => x.Status);
            e.Property(x => x.DocumentName).HasMaxLength(IncidentAttachment.FileNameMaxLength);
            e.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(i => i.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(i => i.Holds, h =>
        {
            h.ToTable($"{owner}PoliceHolds");
            h.WithOwner().HasForeignKey($"{owner}Id");
            h.HasKey(x => x.Id);
            h.Property(x => x.Reason).HasMaxLength(InvestigationEvent.ReasonMaxLength);
            h.Property(x => x.PausedByName).HasMaxLength(200);
            h.Property(x => x.ResumedByName).HasMaxLength(200);
        });
        builder.Navigation(i => i.Holds).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
