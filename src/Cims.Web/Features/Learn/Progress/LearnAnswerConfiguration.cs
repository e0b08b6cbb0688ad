using Cims.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cims.Web.Features.Learn.Progress;

internal sealed class LearnAnswerConfiguration : IEntityTypeConfiguration<LearnAnswer>
{
    public void Configure(EntityTypeBuilder<LearnAnswer> builder)
    {
        builder.ToTable("LearnAnswers");
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.ModuleKey).HasMaxLength(LearnAnswer.KeyMaxLength);
        builder.Property(a => a.QuestionKey).HasMaxLength(LearnAnswer.KeyMaxLength);
        builder.Property(a => a.ChosenOption).HasMaxLength(LearnAnswer.KeyMaxLength);
        builder.HasOne<CimsUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.UserId, a.ModuleKey, a.QuestionKey }).IsUnique();
    }
}
