using Cims.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal static class ReferenceItemMapping
{
    public static void MapReferenceItem<T>(this EntityTypeBuilder<T> builder)
        where T : ReferenceItem
    {
        builder.Property(r => r.Name).HasMaxLength(ReferenceItem.NameMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> builder)
    {
        builder.MapReferenceItem();
        builder.HasIndex(d => d.Name).IsUnique();
    }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.MapReferenceItem();
        builder.HasIndex(a => new { a.DivisionId, a.Name }).IsUnique();
        builder.HasOne(a => a.Division).WithMany().HasForeignKey(a => a.DivisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceProgramConfiguration : IEntityTypeConfiguration<ServiceProgram>
{
    public void Configure(EntityTypeBuilder<ServiceProgram> builder)
    {
        builder.ToTable("Programs");
        builder.MapReferenceItem();
        builder.HasIndex(p => p.Name).IsUnique();
    }
}

internal sealed class ServiceTypeConfiguration : IEntityTypeConfiguration<ServiceType>
{
    public void Configure(EntityTypeBuilder<ServiceType> builder)
    {
        builder.MapReferenceItem();
        builder.HasIndex(s => new { s.ProgramId, s.Name }).IsUnique();
        builder.HasOne(s => s.Program).WithMany().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IncidentCategoryConfiguration : IEntityTypeConfiguration<IncidentCategory>
{
    public void Configure(EntityTypeBuilder<IncidentCategory> builder)
    {
        builder.MapReferenceItem();
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class IncidentTypeConfiguration : IEntityTypeConfiguration<IncidentType>
{
    public void Configure(EntityTypeBuilder<IncidentType> builder)
    {
        builder.MapReferenceItem();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasOne(t => t.Category).WithMany().HasForeignKey(t => t.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OptionItemConfiguration : IEntityTypeConfiguration<OptionItem>
{
    public void Configure(EntityTypeBuilder<OptionItem> builder)
    {
        builder.MapReferenceItem();
        builder.Property(o => o.List).HasMaxLength(40);
        builder.Property(o => o.Code).HasMaxLength(OptionItem.CodeMaxLength);
        builder.HasIndex(o => new { o.List, o.Code }).IsUnique();
    }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(100);
        builder.Property(h => h.Version).IsConcurrencyToken();
        builder.HasIndex(h => new { h.Date, h.Name }).IsUnique();
    }
}
