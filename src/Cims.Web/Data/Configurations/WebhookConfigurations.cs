using Cims.Domain.Organisations;
using Cims.Web.Features.Api.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.Url).HasMaxLength(WebhookSubscription.UrlMaxLength);
        builder.Property(s => s.Description).HasMaxLength(WebhookSubscription.DescriptionMaxLength);
        builder.Property(s => s.Events).HasMaxLength(WebhookSubscription.EventsMaxLength);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(WebhookSubscription.ProtectedSecretMaxLength);
        builder.Property(s => s.PreviousProtectedSecret).HasMaxLength(WebhookSubscription.ProtectedSecretMaxLength);
        builder.Property(s => s.PausedReason).HasMaxLength(WebhookSubscription.PausedReasonMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WebhookMessageConfiguration : IEntityTypeConfiguration<WebhookMessage>
{
    public void Configure(EntityTypeBuilder<WebhookMessage> builder)
    {
        builder.Property(m => m.Type).HasMaxLength(WebhookMessage.TypeMaxLength);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.LastError).HasMaxLength(WebhookMessage.ErrorMaxLength);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(m => m.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.AttemptLog).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });
        builder.HasIndex(m => new { m.SubscriptionId, m.Id });
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder) =>
        builder.Property(a => a.Error).HasMaxLength(WebhookMessage.ErrorMaxLength);
}
