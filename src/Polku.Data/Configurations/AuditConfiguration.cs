using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Accessibility;
using Polku.Domain.Audit;
using Polku.Domain.Common;

namespace Polku.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        // The time is part of the key because PostgreSQL stores the audit trail in monthly partitions (see the
        // migration AuditByMonth): a partitioned table's keys must contain the partition column.
        builder.HasKey(a => new { a.Id, a.OccurredAt });
        builder.Property(a => a.Action).HasMaxLength(80);
        builder.Property(a => a.ServiceTaskCode).HasMaxLength(TextLimits.ServiceTaskCode);
        builder.Property(a => a.RequestId).HasMaxLength(100);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.UserId, a.OccurredAt });
        // PostgreSQL does not check this reference (migration AuditSubjectsWithoutReferenceCheck): the log writes both at once.
        builder.HasMany(a => a.Subjects).WithOne().HasForeignKey(s => new { s.AuditEventId, s.OccurredAt }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditSubjectConfiguration : IEntityTypeConfiguration<AuditSubject>
{
    public void Configure(EntityTypeBuilder<AuditSubject> builder)
    {
        builder.ToTable("AuditSubjects");
        builder.HasKey(s => new { s.AuditEventId, s.OccurredAt, s.PersonId });
        builder.HasIndex(s => s.PersonId);
    }
}

internal sealed class AccessibilityFeedbackConfiguration : IEntityTypeConfiguration<AccessibilityFeedback>
{
    public void Configure(EntityTypeBuilder<AccessibilityFeedback> builder)
    {
        builder.Property(f => f.PageAddress).HasMaxLength(TextLimits.PageAddress);
        builder.Property(f => f.Message).HasMaxLength(TextLimits.Text);
        builder.Property(f => f.ReplyTo).HasMaxLength(TextLimits.Email);
        builder.Property(f => f.Language).HasMaxLength(5);
        builder.HasIndex(f => f.ReceivedAt);
    }
}
