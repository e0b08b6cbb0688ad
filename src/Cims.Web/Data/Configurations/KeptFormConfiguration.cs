using Cims.Web.Infrastructure.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class KeptFormConfiguration : IEntityTypeConfiguration<KeptForm>
{
    public void Configure(EntityTypeBuilder<KeptForm> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.UserId).HasMaxLength(450);
        builder.Property(k => k.Path).HasMaxLength(KeptForm.PathMaxLength);
        builder.HasIndex(k => k.ExpiresAt);
    }
}
