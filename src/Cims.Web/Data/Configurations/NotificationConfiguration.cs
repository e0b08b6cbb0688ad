using Cims.Web.Data.Notifications;
using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.ItemKind).HasMaxLength(Reminder.KindMaxLength);
        builder.Property(r => r.Kind).HasMaxLength(Reminder.KindMaxLength);
        builder.Property(r => r.Subject).HasMaxLength(Reminder.SubjectMaxLength);
        builder.Property(r => r.LastError).HasMaxLength(Reminder.ErrorMaxLength);
        builder.HasIndex(r => new { r.ItemKind, r.ItemId, r.DueOn, r.Kind }).IsUnique().HasDatabaseName(ReminderKeys.UniqueIndex);
        builder.HasMany(r => r.Notifications).WithOne().HasForeignKey(n => n.ReminderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Reason).HasMaxLength(Notification.ReasonMaxLength);
        builder.Property(n => n.Href).HasMaxLength(Notification.HrefMaxLength);
        builder.HasOne<CimsUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.ReminderId, n.UserId }).IsUnique();
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}
