using Cims.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class IncidentAttachmentConfiguration : IEntityTypeConfiguration<IncidentAttachment>
{
    public void Configure(EntityTypeBuilder<IncidentAttachment> builder)
    {
        builder.ToTable("IncidentAttachments");
        builder.Property(a => a.FileName).HasMaxLength(IncidentAttachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.Description).HasMaxLength(IncidentAttachment.DescriptionMaxLength);
        builder.Property(a => a.UploadedByUserId).HasMaxLength(450);
        builder.Property(a => a.UploadedByName).HasMaxLength(200);
        builder.HasOne<Incident>().WithMany().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.IncidentId);
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<AttachmentContent>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Content).IsRequired();
    }
}

internal sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.ToTable("IncidentAttachmentContents");
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
