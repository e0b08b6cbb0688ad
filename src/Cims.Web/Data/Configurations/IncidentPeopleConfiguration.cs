using Cims.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal static class IncidentPeopleMapping
{
    public static void IncidentPeople(this EntityTypeBuilder<Incident> builder)
    {
        builder.OwnsMany(i => i.Clients, c =>
        {
            c.ToTable("IncidentClients");
            c.WithOwner().HasForeignKey("IncidentId");
            c.HasKey(x => x.Id);
            c.Property(x => x.IdentifierType).HasMaxLength(40);
            c.Property(x => x.Identifier).HasMaxLength(40);
            c.Property(x => x.Surname).HasMaxLength(100);
            c.Property(x => x.GivenName).HasMaxLength(100);
            c.Property(x => x.Sex).HasMaxLength(40);
            c.Property(x => x.IndigenousStatus).HasMaxLength(40);
            c.Property(x => x.Impact).HasConversion<string>().HasMaxLength(10);
            c.Property(x => x.Allegations).HasMaxLength(2000);
            c.OwnsOne(x => x.Address, a => a.MapAddress());
            c.Ignore(x => x.FullName);
        });
        builder.OwnsMany(i => i.Others, o =>
        {
            o.ToTable("IncidentOthers");
            o.WithOwner().HasForeignKey("IncidentId");
            o.HasKey(x => x.Id);
            o.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
            o.Property(x => x.AllegationRole).HasConversion<string>().HasMaxLength(20);
            o.Property(x => x.Name).HasMaxLength(200);
            o.Property(x => x.RelationshipToClient).HasMaxLength(100);
            o.Property(x => x.StaffPosition).HasMaxLength(100);
        });
        builder.Navigation(i => i.Clients).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Others).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public static void IncidentHistory(this EntityTypeBuilder<Incident> builder)
    {
        builder.OwnsMany(i => i.History, h =>
        {
            h.ToTable("IncidentStatusChanges");
            h.WithOwner().HasForeignKey("IncidentId");
            h.HasKey(x => x.Id);
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(30);
            h.Property(x => x.ByUserId).HasMaxLength(450);
            h.Property(x => x.ByName).HasMaxLength(200);
            h.Property(x => x.Reason).HasMaxLength(2000);
        });
        builder.OwnsMany(i => i.Addendums, a =>
        {
            a.ToTable("IncidentAddendums");
            a.WithOwner().HasForeignKey("IncidentId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            a.Property(x => x.Text).HasMaxLength(Addendum.TextMaxLength);
            a.Property(x => x.ByUserId).HasMaxLength(450);
            a.Property(x => x.ByName).HasMaxLength(200);
        });
        builder.Navigation(i => i.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Addendums).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
