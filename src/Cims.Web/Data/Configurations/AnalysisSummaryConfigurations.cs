using Cims.Web.Features.Incidents.Analysis.Summary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Data.Configurations;

internal sealed class AnalysisCellConfiguration : IEntityTypeConfiguration<AnalysisCell>
{
    public void Configure(EntityTypeBuilder<AnalysisCell> builder)
    {
        builder.HasKey(c => new { c.Level, c.Department, c.OccurredMonth, c.OrganisationId, c.AreaId, c.ProgramId, c.ServiceTypeId, c.TypeId, c.Impact });
        builder.HasIndex(c => new { c.OrganisationId, c.Level, c.OccurredMonth });
    }
}

internal sealed class AnalysisFindingCellConfiguration : IEntityTypeConfiguration<AnalysisFindingCell>
{
    public void Configure(EntityTypeBuilder<AnalysisFindingCell> builder)
    {
        builder.HasKey(c => new { c.Level, c.Department, c.OccurredMonth, c.OrganisationId, c.AreaId, c.ProgramId, c.ServiceTypeId, c.TypeId, c.Impact, c.AllegationType });
        builder.Property(c => c.AllegationType).HasMaxLength(Cims.Domain.Investigations.Allegation.TypeMaxLength);
    }
}

internal sealed class AnalysisSummaryStateConfiguration : IEntityTypeConfiguration<AnalysisSummaryState>
{
    public void Configure(EntityTypeBuilder<AnalysisSummaryState> builder) => builder.Property(s => s.Id).ValueGeneratedNever();
}
