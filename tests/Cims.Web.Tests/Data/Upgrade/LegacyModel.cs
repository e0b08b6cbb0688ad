using Cims.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cims.Web.Tests.Data.Upgrade;

/// <summary>
/// The model the legacy database is filled through: today's model without the columns later migrations added to the
/// baseline's tables (their own new tables are simply left empty). A migration that adds a column to a baseline table
/// adds it here too; the upgrade test then checks that the migration adds it without losing a row.
/// </summary>
internal sealed class LegacyModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        modelBuilder.Entity<Incident>().Ignore(i => i.RecommendedFollowUp).Ignore(i => i.RecommendationReason);
    }
}
