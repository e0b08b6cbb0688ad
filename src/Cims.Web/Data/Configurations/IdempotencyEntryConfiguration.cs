using Cims.Web.Features.Api.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class IdempotencyEntryConfiguration : IEntityTypeConfiguration<IdempotencyEntry>
{
    public void Configure(EntityTypeBuilder<IdempotencyEntry> builder)
    {
        builder.HasKey(e => new { e.ClientId, e.Key });
        builder.Property(e => e.ClientId).HasMaxLength(IdempotencyEntry.ClientIdMaxLength);
        builder.Property(e => e.Key).HasMaxLength(IdempotencyEntry.KeyMaxLength);
        builder.Property(e => e.RequestHash).HasMaxLength(64);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Location).HasMaxLength(200);
        builder.Property(e => e.ETag).HasMaxLength(100);
        builder.HasIndex(e => e.CreatedAt);
    }
}
