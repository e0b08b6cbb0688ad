using Cims.Domain.Calendar;
using Cims.Domain.Reference;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Data.Seeding;

/// <summary>
/// Fills empty reference tables with the catalogue CIMS starts with. It never changes values an
/// administrator has edited: each list is seeded only while it is empty.
/// </summary>
public sealed class ReferenceDataSeeder(CimsDbContext db)
{
    public const int FirstHolidayYear = 2017;
    public const int LastHolidayYear = 2035;

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SeedAreasAsync(ct);
        await SeedProgramsAsync(ct);
        await SeedIncidentTypesAsync(ct);
        await SeedOptionListsAsync(ct);
        await SeedHolidaysAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task SeedAreasAsync(CancellationToken ct)
    {
        if (await db.Divisions.AnyAsync(ct))
            return;
        var order = 0;
        foreach (var (divisionName, areas) in ReferenceCatalogue.DivisionsAndAreas)
        {
            var division = Division.Create(divisionName, order++);
            db.Divisions.Add(division);
            await db.SaveChangesAsync(ct);
            db.Areas.AddRange(areas.Select((a, i) => Area.Create(division.Id, a, i)));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedProgramsAsync(CancellationToken ct)
    {
        if (await db.Programs.AnyAsync(ct))
            return;
        var order = 0;
        foreach (var (programName, serviceTypes) in ReferenceCatalogue.ProgramsAndServiceTypes)
        {
            var program = ServiceProgram.Create(programName, order++);
            db.Programs.Add(program);
            await db.SaveChangesAsync(ct);
            db.ServiceTypes.AddRange(serviceTypes.Select((s, i) => ServiceType.Create(program.Id, s, i)));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedIncidentTypesAsync(CancellationToken ct)
    {
        if (await db.IncidentCategories.AnyAsync(ct))
            return;
        var order = 0;
        foreach (var (categoryName, types) in ReferenceCatalogue.IncidentTypes)
        {
            var category = IncidentCategory.Create(categoryName, order++);
            db.IncidentCategories.Add(category);
            await db.SaveChangesAsync(ct);
            db.IncidentTypes.AddRange(types.Select((t, i) => IncidentType.Create(category.Id, t.Type, i, t.Flags)));
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SeedOptionListsAsync(CancellationToken ct)
    {
        var seeded = await db.OptionItems.Select(o => o.List).Distinct().ToListAsync(ct);
        foreach (var (list, values) in OptionLists.Defaults.Where(d => !seeded.Contains(d.Key)))
            db.OptionItems.AddRange(values.Select((v, i) => OptionItem.Create(list, v.Code, v.Label, i)));
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedHolidaysAsync(CancellationToken ct)
    {
        if (await db.PublicHolidays.AnyAsync(ct))
            return;
        db.PublicHolidays.AddRange(VictorianHolidays.ForYears(FirstHolidayYear, LastHolidayYear)
            .Select(h => PublicHoliday.Create(h.Date, h.Name, generated: true)));
        await db.SaveChangesAsync(ct);
    }
}
