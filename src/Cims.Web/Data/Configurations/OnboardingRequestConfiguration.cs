using Cims.Domain.Onboarding;
using Cims.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class OnboardingRequestConfiguration : IEntityTypeConfiguration<OnboardingRequest>
{
    public void Configure(EntityTypeBuilder<OnboardingRequest> builder)
    {
        builder.Property(r => r.LegalName).HasMaxLength(OnboardingRequest.NameMaxLength);
        builder.Property(r => r.Abn).HasMaxLength(11);
        builder.Property(r => r.AreaIds).HasMaxLength(OnboardingRequest.IdsMaxLength);
        builder.Property(r => r.ServiceTypeIds).HasMaxLength(OnboardingRequest.IdsMaxLength);
        builder.Property(r => r.ContactName).HasMaxLength(OnboardingRequest.PersonNameMaxLength);
        builder.Property(r => r.ContactEmail).HasMaxLength(OnboardingRequest.EmailMaxLength);
        builder.Property(r => r.ContactPhone).HasMaxLength(OnboardingRequest.PhoneMaxLength);
        builder.Property(r => r.AdministratorName).HasMaxLength(OnboardingRequest.PersonNameMaxLength);
        builder.Property(r => r.AdministratorEmail).HasMaxLength(OnboardingRequest.EmailMaxLength);
        builder.Property(r => r.StatusKeyHash).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Question).HasMaxLength(OnboardingRequest.TextMaxLength);
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(OnboardingRequest.TextMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Reference);
        builder.Ignore(r => r.AreaIdList);
        builder.Ignore(r => r.ServiceTypeIdList);
        builder.Ignore(r => r.IsOpen);
        builder.HasIndex(r => r.Abn);
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(r => r.History, h =>
        {
            h.ToTable("OnboardingRequestMoves");
            h.WithOwner().HasForeignKey("RequestId");
            h.HasKey(x => x.Id);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.ByUserId).HasMaxLength(450);
            h.Property(x => x.ByName).HasMaxLength(200);
            h.Property(x => x.Reason).HasMaxLength(OnboardingRequest.TextMaxLength);
        });
        builder.Navigation(r => r.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
