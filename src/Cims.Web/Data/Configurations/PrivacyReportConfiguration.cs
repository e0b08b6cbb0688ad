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
    }
}
