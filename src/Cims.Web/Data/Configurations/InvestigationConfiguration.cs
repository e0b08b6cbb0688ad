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
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.OwnsOne(i => i.Manager, m =>
        {
            m.Property(x => x.UserId).HasMaxLength(450);
            m.Property(x => x.Name).HasMaxLength(Assignee.NameMaxLength);
            m.Property(x => x.Email).HasMaxLength(256);
            m.Property(x => x.ExternalOrganisation).HasMaxLength(Assignee.NameMaxLength);
            m.Property(x => x.ExternalContact).HasMaxLength(Assignee.ContactMaxLength);
            m.Property(x => x.ResponsibleUserId).HasMaxLength(450);
            m.Property(x => x.ResponsibleName).HasMaxLength(Assignee.NameMaxLength);
            m.HasIndex(x => x.ResponsibleUserId);
        });
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
        ConfigureTime(builder);
    }

    /// <summary>Extension requests and police holds (the investigation's clock), one table each.</summary>
    private static void ConfigureTime(EntityTypeBuilder<Investigation> builder)
    {
        builder.OwnsMany(i => i.Extensions, e =>
        {
            e.ToTable("InvestigationExtensions");
            e.WithOwner().HasForeignKey("InvestigationId");
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
            h.ToTable("InvestigationPoliceHolds");
            h.WithOwner().HasForeignKey("InvestigationId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Reason).HasMaxLength(InvestigationEvent.ReasonMaxLength);
            h.Property(x => x.PausedByName).HasMaxLength(200);
            h.Property(x => x.ResumedByName).HasMaxLength(200);
        });
        builder.Navigation(i => i.Holds).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
