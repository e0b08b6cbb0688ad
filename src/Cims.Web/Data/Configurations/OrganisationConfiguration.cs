using Cims.Domain.Organisations;
using Cims.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        builder.HasIndex(o => o.Name).IsUnique();
        builder.Property(o => o.Abn).HasMaxLength(11);
        builder.HasIndex(o => o.Abn).IsUnique(); // where present: NULLs never clash (SQL Server gets a filter)
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.OwnsMany(o => o.Areas, a =>
        {
            a.ToTable("OrganisationAreas");
            a.WithOwner().HasForeignKey("OrganisationId");
            a.HasKey("OrganisationId", nameof(OrganisationArea.AreaId));
            a.HasOne<Area>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsMany(o => o.ServiceTypes, s =>
        {
            s.ToTable("OrganisationServiceTypes");
            s.WithOwner().HasForeignKey("OrganisationId");
            s.HasKey("OrganisationId", nameof(OrganisationServiceType.ServiceTypeId));
            s.HasOne<ServiceType>().WithMany().HasForeignKey(x => x.ServiceTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(o => o.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.ServiceTypes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
