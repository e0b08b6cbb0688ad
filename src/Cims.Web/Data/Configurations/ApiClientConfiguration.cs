using Cims.Domain.ApiAccess;
using Cims.Domain.Organisations;
using Cims.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.Property(c => c.ClientId).HasMaxLength(ApiClient.ClientIdMaxLength);
        builder.Property(c => c.Name).HasMaxLength(ApiClient.NameMaxLength);
        builder.Property(c => c.PreviousSecretHash).HasMaxLength(ApiClient.SecretHashMaxLength);
        builder.Property(c => c.RevokedByName).HasMaxLength(ApiClient.ByNameMaxLength);
        builder.Property(c => c.RevokedReason).HasMaxLength(ApiClient.ReasonMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApiAccessRequestConfiguration : IEntityTypeConfiguration<ApiAccessRequest>
{
    public void Configure(EntityTypeBuilder<ApiAccessRequest> builder)
    {
        builder.Property(r => r.SystemName).HasMaxLength(ApiAccessRequest.SystemNameMaxLength);
        builder.Property(r => r.Vendor).HasMaxLength(ApiAccessRequest.VendorMaxLength);
        builder.Property(r => r.ContactName).HasMaxLength(ApiAccessRequest.ContactNameMaxLength);
        builder.Property(r => r.ContactEmail).HasMaxLength(ApiAccessRequest.ContactEmailMaxLength);
        builder.Property(r => r.ContactPhone).HasMaxLength(ApiAccessRequest.ContactPhoneMaxLength);
        builder.Property(r => r.Scopes).HasMaxLength(ApiAccessRequest.ScopesMaxLength);
        builder.Property(r => r.Purpose).HasMaxLength(ApiAccessRequest.PurposeMaxLength);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(ApiAccessRequest.ReasonMaxLength);
        builder.Property(r => r.ClientId).HasMaxLength(ApiAccessRequest.ClientIdMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.ScopeList);
        builder.Ignore(r => r.IsPending);
        builder.HasIndex(r => new { r.OrganisationId, r.RequestedAt });
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(r => r.History, h =>
        {
            h.ToTable("ApiAccessRequestMoves");
            h.WithOwner().HasForeignKey("RequestId");
            h.HasKey(x => x.Id);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.ByUserId).HasMaxLength(450);
            h.Property(x => x.ByName).HasMaxLength(200);
            h.Property(x => x.Reason).HasMaxLength(ApiAccessRequest.ReasonMaxLength);
        });
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
