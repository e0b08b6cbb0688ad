using Cims.Domain.Incidents;
using Cims.Domain.Investigations;
using Cims.Domain.Organisations;
using Cims.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.HasOne<Incident>().WithMany().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.IncidentId).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.OrganisationId, r.Status });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.FollowUp).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.DueRule).HasMaxLength(300);
        builder.Property(r => r.ReturnReason).HasMaxLength(ReviewEvent.ReasonMaxLength);
        builder.Property(r => r.ApprovedBy).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.OwnsOne(r => r.Manager, AssigneeMapping.Map);
        builder.Navigation(r => r.Manager).IsRequired();
        builder.OwnsOne(r => r.CaseReport, c =>
        {
            c.Property(x => x.IncidentDetails).HasMaxLength(CaseReviewReport.TextMaxLength);
            c.Property(x => x.Problem).HasMaxLength(CaseReviewReport.TextMaxLength);
            c.Property(x => x.Rationale).HasMaxLength(CaseReviewReport.TextMaxLength);
            c.Property(x => x.Methodology).HasMaxLength(CaseReviewReport.TextMaxLength);
            c.Property(x => x.Interviews).HasMaxLength(CaseReviewReport.TextMaxLength);
            c.Property(x => x.Evidence).HasMaxLength(CaseReviewReport.TextMaxLength);
            c.Property(x => x.Assessment).HasMaxLength(CaseReviewReport.TextMaxLength);
        });
        builder.Navigation(r => r.CaseReport).IsRequired();
        builder.OwnsOne(r => r.RcaReport, c =>
        {
            c.Property(x => x.Team).HasMaxLength(RcaReport.TextMaxLength);
            c.Property(x => x.Summary).HasMaxLength(RcaReport.TextMaxLength);
        });
        builder.Navigation(r => r.RcaReport).IsRequired();
        builder.OwnsMany(r => r.History, h =>
        {
            h.ToTable("ReviewEvents");
            h.WithOwner().HasForeignKey("ReviewId");
            h.HasKey(x => x.Id);
            h.Property(x => x.What).HasMaxLength(ReviewEvent.WhatMaxLength);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.ByUserId).HasMaxLength(450);
            h.Property(x => x.ByName).HasMaxLength(200);
            h.Property(x => x.Reason).HasMaxLength(ReviewEvent.ReasonMaxLength + 500);
        });
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.ReviewLists();
        builder.Clock("Review");
    }
}

internal static class ReviewListMapping
{
    /// <summary>An RCA review's timeline and root causes, and every review's actions (action plan or response plan).</summary>
    public static void ReviewLists(this EntityTypeBuilder<Review> builder)
    {
        builder.OwnsMany(r => r.Timeline, t =>
        {
            t.ToTable("ReviewTimeline");
            t.WithOwner().HasForeignKey("ReviewId");
            t.HasKey(x => x.Id);
            t.HasIndex("ReviewId", nameof(TimelineEntry.Number)).IsUnique();
            t.Property(x => x.Description).HasMaxLength(TimelineEntry.TextMaxLength);
        });
        builder.OwnsMany(r => r.RootCauses, c =>
        {
            c.ToTable("ReviewRootCauses");
            c.WithOwner().HasForeignKey("ReviewId");
            c.HasKey(x => x.Id);
            c.HasIndex("ReviewId", nameof(RootCause.Number)).IsUnique();
            c.Property(x => x.Text).HasMaxLength(RootCause.TextMaxLength);
        });
        builder.OwnsMany(r => r.Actions, a =>
        {
            a.ToTable("ReviewActions");
            a.WithOwner().HasForeignKey("ReviewId");
            a.HasKey(x => x.Id);
            a.HasIndex("ReviewId", nameof(Recommendation.Number)).IsUnique();
            a.Property(x => x.Text).HasMaxLength(Recommendation.TextMaxLength);
            a.Property(x => x.Owner).HasMaxLength(Recommendation.OwnerMaxLength);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.StatusNote).HasMaxLength(Recommendation.TextMaxLength);
        });
        builder.Navigation(r => r.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.RootCauses).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(r => r.ContributingFactors);
        builder.Property(r => r.OtherContributingFactors).HasMaxLength(Review.FactorsTextMaxLength);
    }
}
