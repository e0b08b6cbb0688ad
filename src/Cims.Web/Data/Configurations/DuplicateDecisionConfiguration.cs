using Cims.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class DuplicateDecisionConfiguration : IEntityTypeConfiguration<DuplicateDecision>
{
    public void Configure(EntityTypeBuilder<DuplicateDecision> builder)
    {
        builder.HasOne<Incident>().WithMany().HasForeignKey(d => d.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Incident>().WithMany().HasForeignKey(d => d.OtherIncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.IncidentId, d.OtherIncidentId }).IsUnique();
        builder.HasIndex(d => d.OtherIncidentId);
        builder.Property(d => d.Verdict).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Reason).HasMaxLength(DuplicateDecision.ReasonMaxLength);
        builder.Property(d => d.DecidedByUserId).HasMaxLength(450);
        builder.Property(d => d.DecidedByName).HasMaxLength(256);
    }
}
