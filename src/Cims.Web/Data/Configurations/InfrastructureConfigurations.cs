using Cims.Domain.Auditing;
using Cims.Domain.Organisations;
using Cims.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class CimsUserConfiguration : IEntityTypeConfiguration<CimsUser>
{
    public void Configure(EntityTypeBuilder<CimsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(CimsUser.DisplayNameMaxLength);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganisationId);
    }
}

internal sealed class AppSecretConfiguration : IEntityTypeConfiguration<Cims.Web.Infrastructure.Secrets.AppSecret>
{
    public void Configure(EntityTypeBuilder<Cims.Web.Infrastructure.Secrets.AppSecret> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(Cims.Web.Infrastructure.Secrets.AppSecret.NameMaxLength);
        builder.Property(s => s.ProtectedValue).HasMaxLength(1000);
    }
}

internal sealed class TrainingEmailConfiguration : IEntityTypeConfiguration<Cims.Web.Infrastructure.Training.TrainingEmail>
{
    public void Configure(EntityTypeBuilder<Cims.Web.Infrastructure.Training.TrainingEmail> builder)
    {
        builder.Property(e => e.Recipient).HasMaxLength(Cims.Web.Infrastructure.Training.TrainingEmail.RecipientMaxLength);
        builder.Property(e => e.Subject).HasMaxLength(Cims.Web.Infrastructure.Training.TrainingEmail.SubjectMaxLength);
        builder.HasIndex(e => e.KeptAt);
    }
}

internal sealed class TrainingResetDayConfiguration : IEntityTypeConfiguration<Cims.Web.Infrastructure.Training.TrainingResetDay>
{
    public void Configure(EntityTypeBuilder<Cims.Web.Infrastructure.Training.TrainingResetDay> builder)
    {
        builder.ToTable("TrainingResets");
        builder.HasKey(r => r.Day);
        builder.Property(r => r.Day).ValueGeneratedNever();
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        builder.Property(a => a.EntityType).HasMaxLength(60);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        builder.Property(a => a.IpAddress).HasMaxLength(45);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.OrganisationId);
        builder.HasIndex(a => a.Sequence); // the chain's order, and the entries waiting to be sealed (null)
    }
}

/// <summary>
/// The Data Protection package's key entity on the table CIMS has always used: its columns are the
/// package's (Id, FriendlyName, Xml), kept not null as they were, so existing keys carry over.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(100).IsRequired();
        builder.Property(k => k.Xml).IsRequired();
    }
}
