using Cims.Domain.Incidents;
using Cims.Domain.Organisations;
using Cims.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(20);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.Property(i => i.ReporterUserId).HasMaxLength(450);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Profile).HasConversion<string>().HasMaxLength(4);
        builder.Property(i => i.LastStep).HasMaxLength(30);
        builder.Property(i => i.DueRule).HasMaxLength(300);
        builder.Property(i => i.ReturnReason).HasMaxLength(2000);
        builder.Property(i => i.FollowUp).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.FollowUpRule).HasMaxLength(300);
        builder.Property(i => i.RecommendedFollowUp).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.RecommendationReason).HasMaxLength(Incident.RecommendationReasonMaxLength);
        builder.Property(i => i.ReporterSummary).HasMaxLength(Incident.ReporterSummaryMaxLength);
        builder.Property(i => i.ReporterSummaryByUserId).HasMaxLength(450);
        builder.Property(i => i.ReporterSummaryByName).HasMaxLength(200);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganisationId, i.Status });
        builder.HasIndex(i => new { i.Status, i.DueAt });
        builder.HasIndex(i => i.ReporterUserId);
        builder.IncidentSections();
        builder.IncidentPeople();
        builder.IncidentHistory();
    }
}

internal static class IncidentMapping
{
    public static void IncidentSections(this EntityTypeBuilder<Incident> builder)
    {
        builder.OwnsOne(i => i.Service, s =>
        {
            s.HasOne<Area>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne<ServiceProgram>().WithMany().HasForeignKey(x => x.ProgramId).OnDelete(DeleteBehavior.Restrict);
            s.HasOne<ServiceType>().WithMany().HasForeignKey(x => x.ServiceTypeId).OnDelete(DeleteBehavior.Restrict);
            s.OwnsOne(x => x.ServiceAddress, a => a.MapAddress());
            s.HasIndex(x => x.AreaId);
        });
        builder.OwnsOne(i => i.Officer, o =>
        {
            o.Property(x => x.Surname).HasMaxLength(100);
            o.Property(x => x.GivenName).HasMaxLength(100);
            o.Property(x => x.JobTitle).HasMaxLength(100);
            o.Property(x => x.Telephone).HasMaxLength(20);
            o.Property(x => x.Email).HasMaxLength(256);
            o.Property(x => x.LineManagerName).HasMaxLength(200);
        });
        builder.OwnsOne(i => i.Dates, d =>
        {
            d.Property(x => x.DateAccuracy).HasMaxLength(20);
            d.Property(x => x.TimeAccuracy).HasMaxLength(20);
        });
        builder.OwnsOne(i => i.Details, d =>
        {
            d.Property(x => x.Location).HasMaxLength(200);
            d.Property(x => x.Description).HasMaxLength(IncidentDescription.DescriptionMaxLength);
            d.Property(x => x.Impact).HasConversion<string>().HasMaxLength(10);
            d.HasOne<IncidentType>().WithMany().HasForeignKey(x => x.PrimaryTypeId).OnDelete(DeleteBehavior.Restrict);
            d.HasOne<IncidentType>().WithMany().HasForeignKey(x => x.SecondaryTypeId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.OwnsOne(i => i.Actions, a =>
        {
            a.Property(x => x.PoliceReference).HasMaxLength(50);
            a.Property(x => x.OtherDetails).HasMaxLength(2000);
        });
    }

    public static void MapAddress<TOwner>(this OwnedNavigationBuilder<TOwner, Address> address)
        where TOwner : class
    {
        address.Property(x => x.Street).HasMaxLength(200);
        address.Property(x => x.Suburb).HasMaxLength(100);
        address.Property(x => x.State).HasMaxLength(3);
        address.Property(x => x.Postcode).HasMaxLength(4);
    }
}
