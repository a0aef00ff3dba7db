using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Assessments;
using Polku.Domain.ClientRecord;
using Polku.Domain.Clients;
using Polku.Domain.CodeLists;
using Polku.Domain.Common;
using Polku.Domain.Referrals;

namespace Polku.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.SourceCode).HasMaxLength(60);
        builder.Property(r => r.Description).HasMaxLength(TextLimits.Text);
        builder.Property(r => r.NotifierName).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.NotifierOrganisation).HasMaxLength(TextLimits.Name);
        builder.Property(r => r.NotifierContact).HasMaxLength(TextLimits.Address);
        builder.HasOne<Domain.People.Employee>().WithMany().HasForeignKey(r => r.HandlerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        // The inbox: open referrals of an organisation in the inbox's whole order, so no database has a reason to walk
        // every status in deadline order instead (SQLite without statistics did).
        builder.HasIndex(r => new { r.OrganisationId, r.Status, r.AssessmentStartDueOn, r.ReceivedOn, r.Id });
        // The inbox in deadline order over every status, read in index order a page at a time.
        builder.HasIndex(r => new { r.OrganisationId, r.AssessmentStartDueOn, r.ReceivedOn, r.Id });
        builder.HasIndex(r => new { r.ClientId, r.ReceivedOn });
        // The front page and the inbox: a worker's own referrals, and the rule that a handler sees the client.
        builder.HasIndex(r => new { r.HandlerId, r.Status });
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.SupportNature).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ClientView).HasMaxLength(TextLimits.LongText);
        builder.Property(a => a.WorkerAssessment).HasMaxLength(TextLimits.LongText);
        builder.Property(a => a.RecommendedServices).HasMaxLength(TextLimits.Text);
        builder.Property(a => a.ConclusionReasons).HasMaxLength(TextLimits.Text);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Referral>().WithMany().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.PreviousAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ClientId, a.StartedOn });
        builder.HasIndex(a => new { a.OrganisationId, a.Status, a.AuthorId });
    }
}

internal sealed class AccessCriterionConfiguration : IEntityTypeConfiguration<AccessCriterion>
{
    public void Configure(EntityTypeBuilder<AccessCriterion> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(60);
        builder.Property(c => c.RequiresCode).HasMaxLength(60);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(c => c.Name, name => name.ConfigureNames());
        builder.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganisationId, c.Code }).IsUnique();
    }
}

internal sealed class RecordEntryConfiguration : IEntityTypeConfiguration<RecordEntry>
{
    public void Configure(EntityTypeBuilder<RecordEntry> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Text).HasMaxLength(TextLimits.LongText);
        builder.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ClientId, e.OccurredOn });
    }
}

internal sealed class CodeListEntryConfiguration : IEntityTypeConfiguration<CodeListEntry>
{
    public void Configure(EntityTypeBuilder<CodeListEntry> builder)
    {
        builder.HasKey(e => new { e.OrganisationId, e.List, e.Code });
        builder.Property(e => e.List).HasMaxLength(60);
        builder.Property(e => e.Code).HasMaxLength(60);
        builder.ComplexProperty(e => e.Name, name => name.ConfigureNames());
    }
}
