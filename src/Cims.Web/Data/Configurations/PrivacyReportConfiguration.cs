using Cims.Domain.Incidents;
using Cims.Domain.Organisations;
using Cims.Domain.Privacy;
using Cims.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class PrivacyReportConfiguration : IEntityTypeConfiguration<PrivacyReport>
{
    public void Configure(EntityTypeBuilder<PrivacyReport> builder)
    {
        builder.Property(r => r.Token).HasMaxLength(PrivacyReport.TokenLength).IsRequired();
        builder.HasIndex(r => r.Token).IsUnique();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.ReportNumber).HasMaxLength(20);
        builder.HasIndex(r => r.ReportNumber).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.Status, r.ExpiresAt });
        builder.OwnsOne(r => r.Service, s =>
        {
            s.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne<Area>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne<ServiceProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne<ServiceType>().WithMany().HasForeignKey(x => x.ServiceTypeId).OnDelete(DeleteBehavior.Restrict);
            s.OwnsOne(x => x.ServiceAddress, a => a.MapAddress());
        });
        builder.OwnsOne(r => r.Officer, o =>
        {
            o.Property(x => x.Surname).HasMaxLength(100);
            o.Property(x => x.GivenName).HasMaxLength(100);
            o.Property(x => x.JobTitle).HasMaxLength(100);
            o.Property(x => x.Telephone).HasMaxLength(20);
            o.Property(x => x.Email).HasMaxLength(256);
            o.Property(x => x.LineManagerName).HasMaxLength(200);
        });
        builder.OwnsOne(r => r.Dates, d =>
        {
            d.Property(x => x.DateAccuracy).HasMaxLength(20);
            d.Property(x => x.TimeAccuracy).HasMaxLength(20);
        });
        builder.OwnsOne(r => r.Description, d =>
        {
            d.Property(x => x.Location).HasMaxLength(PrivacyDescription.LocationMaxLength);
            d.Property(x => x.Description).HasMaxLength(PrivacyDescription.DescriptionMaxLength);
        });
        builder.OwnsOne(r => r.Containment, c =>
        {
            c.Property(x => x.ActionsTaken).HasMaxLength(PrivacyContainment.ActionsTakenMaxLength);
            c.Property(x => x.ConsultationOther).HasMaxLength(PrivacyContainment.ConsultationOtherMaxLength);
            c.Property(x => x.DisclosureStatus).HasMaxLength(20);
            c.Property(x => x.CaseNotes).HasMaxLength(PrivacyContainment.CaseNotesMaxLength);
        });
        builder.Property(r => r.AssignedToUserId).HasMaxLength(450);
        builder.Property(r => r.AssignedToName).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.ClosureReason).HasMaxLength(PrivacyReport.ReasonMaxLength);
        builder.Property(r => r.OfficerSummary).HasMaxLength(PrivacyReport.OfficerSummaryMaxLength);
        builder.Property(r => r.OfficerSummaryByUserId).HasMaxLength(450);
        builder.Property(r => r.OfficerSummaryByName).HasMaxLength(200);
        builder.HasOne<Incident>().WithMany().HasForeignKey(r => r.LinkedIncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsReadyToDeclare);
        builder.Ignore(r => r.SubmittedOnTime);
        builder.OwnsMany(r => r.People, p =>
        {
            p.ToTable("PrivacyReportPeople");
            p.WithOwner().HasForeignKey("PrivacyReportId");
            p.HasKey(x => x.Id);
            p.Property(x => x.IdentifierType).HasMaxLength(40);
            p.Property(x => x.Identifier).HasMaxLength(40);
            p.Property(x => x.Surname).HasMaxLength(100);
            p.Property(x => x.GivenName).HasMaxLength(100);
            p.Property(x => x.Sex).HasMaxLength(40);
            p.Property(x => x.IndigenousStatus).HasMaxLength(40);
            p.Property(x => x.Relationship).HasMaxLength(40);
            p.Property(x => x.SafetyNeedsMet).HasMaxLength(40);
            p.OwnsOne(x => x.Address, a => a.MapAddress());
            p.Ignore(x => x.FullName);
        });
        builder.OwnsMany(r => r.Activity, a =>
        {
            a.ToTable("PrivacyReportActivity");
            a.WithOwner().HasForeignKey("PrivacyReportId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Text).HasMaxLength(PrivacyActivity.TextMaxLength);
            a.Property(x => x.ByUserId).HasMaxLength(450);
            a.Property(x => x.ByName).HasMaxLength(200);
        });
        builder.Navigation(r => r.People).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Activity).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PrivacyReportFileConfiguration : IEntityTypeConfiguration<PrivacyReportFile>
{
    public void Configure(EntityTypeBuilder<PrivacyReportFile> builder)
    {
        builder.ToTable("PrivacyReportFiles");
        builder.Property(f => f.FileName).HasMaxLength(PrivacyReportFile.FileNameMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasOne<PrivacyReport>().WithMany().HasForeignKey(f => f.PrivacyReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
