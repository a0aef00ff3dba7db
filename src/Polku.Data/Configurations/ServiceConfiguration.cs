using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Clients;
using Polku.Domain.Common;
using Polku.Domain.Organisations;
using Polku.Domain.Services;

namespace Polku.Data.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(TextLimits.Code);
        builder.ComplexProperty(s => s.Name, name => name.ConfigureNames());
        builder.Property(s => s.Description).AsJson().HasMaxLength(TextLimits.LongText);
        builder.Property(s => s.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Producer).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PriceUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.UnitPrice).HasPrecision(10, 2);
        builder.Property(s => s.TargetGroup).HasMaxLength(TextLimits.Explanation);
        builder.Property(s => s.DecisionTypeCode).HasMaxLength(TextLimits.Code);
        // A primitive collection, so the search by language runs in the database (json_each on SQLite, text[] on PostgreSQL).
        builder.PrimitiveCollection(s => s.Languages);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganisationId, s.Code }).IsUnique();
        builder.HasIndex(s => s.ProviderId);
    }
}

internal sealed class ProviderReferralConfiguration : IEntityTypeConfiguration<ProviderReferral>
{
    public void Configure(EntityTypeBuilder<ProviderReferral> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Disclosure).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.DisclosureNote).HasMaxLength(TextLimits.Explanation);
        builder.Property(r => r.Summary).HasMaxLength(TextLimits.Text);
        builder.Property(r => r.Reason).HasMaxLength(TextLimits.Explanation);
        builder.Property(r => r.Goals).AsJson().HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.History).AsJson();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ClientId, r.SentOn });
        // The provider's inbox and the relation that lets its staff see the client.
        builder.HasIndex(r => new { r.ProviderId, r.Status });
        builder.HasIndex(r => new { r.ServiceId, r.Status });
    }
}

internal sealed class PaymentCommitmentConfiguration : IEntityTypeConfiguration<PaymentCommitment>
{
    public void Configure(EntityTypeBuilder<PaymentCommitment> builder)
    {
        builder.Property(c => c.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.UnitPrice).HasPrecision(10, 2);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Decisions.Decision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ClientId, c.ServiceId });
        // The expiry warnings: an organisation's and a provider's commitments by end date.
        builder.HasIndex(c => new { c.OrganisationId, c.EndsOn });
        builder.HasIndex(c => new { c.ProviderId, c.EndsOn });
    }
}

internal sealed class QueueEntryConfiguration : IEntityTypeConfiguration<QueueEntry>
{
    public void Configure(EntityTypeBuilder<QueueEntry> builder)
    {
        builder.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(q => q.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(q => q.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.ServiceId, q.Status, q.JoinedOn });
        builder.HasIndex(q => q.ClientId);
    }
}

internal sealed class ServiceGroupConfiguration : IEntityTypeConfiguration<ServiceGroup>
{
    public void Configure(EntityTypeBuilder<ServiceGroup> builder)
    {
        builder.ToTable("Groups");
        builder.Property(g => g.Name).HasMaxLength(TextLimits.LocalizedName);
        builder.Property(g => g.Theme).HasMaxLength(TextLimits.LocalizedName);
        builder.Property(g => g.Schedule).HasMaxLength(TextLimits.Explanation);
        builder.Property(g => g.LeaderIds).AsJson().HasMaxLength(TextLimits.Explanation);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.HasOne<Service>().WithMany().HasForeignKey(g => g.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.OrganisationId, g.ServiceId });
    }
}

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.HasOne<ServiceGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GroupId, m.ClientId });
        builder.HasIndex(m => m.ClientId);
    }
}

internal sealed class GroupSessionConfiguration : IEntityTypeConfiguration<GroupSession>
{
    public void Configure(EntityTypeBuilder<GroupSession> builder)
    {
        builder.Property(s => s.Topic).HasMaxLength(TextLimits.LocalizedName);
        builder.HasOne<ServiceGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.GroupId, s.On });
    }
}

internal sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> builder)
    {
        builder.HasKey(a => new { a.SessionId, a.ClientId });
        builder.HasOne<GroupSession>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ClientId);
    }
}

internal sealed class ServiceSettingsConfiguration : IEntityTypeConfiguration<ServiceSettings>
{
    public void Configure(EntityTypeBuilder<ServiceSettings> builder)
    {
        builder.HasKey(s => s.OrganisationId);
        builder.Property(s => s.DailyActivityMoney).HasPrecision(10, 2);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithOne().HasForeignKey<ServiceSettings>(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServicePackageConfiguration : IEntityTypeConfiguration<ServicePackage>
{
    public void Configure(EntityTypeBuilder<ServicePackage> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(TextLimits.LocalizedName);
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ServiceIds).AsJson().HasMaxLength(TextLimits.Text);
        builder.Property(p => p.Levels).AsJson();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ClientId);
    }
}

internal sealed class PathTemplateConfiguration : IEntityTypeConfiguration<PathTemplate>
{
    public void Configure(EntityTypeBuilder<PathTemplate> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(TextLimits.Code);
        builder.ComplexProperty(t => t.Name, name => name.ConfigureNames());
        builder.Property(t => t.Steps).AsJson();
        builder.HasIndex(t => new { t.OrganisationId, t.Code }).IsUnique();
    }
}

internal sealed class PathTransitionConfiguration : IEntityTypeConfiguration<PathTransition>
{
    public void Configure(EntityTypeBuilder<PathTransition> builder)
    {
        builder.Property(t => t.TemplateCode).HasMaxLength(TextLimits.Code);
        builder.Property(t => t.FromStep).HasMaxLength(TextLimits.Code);
        builder.Property(t => t.ToStep).HasMaxLength(TextLimits.Code);
        builder.HasOne<Client>().WithMany().HasForeignKey(t => t.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ClientId, t.On });
    }
}

internal sealed class ServiceGuidanceConfiguration : IEntityTypeConfiguration<ServiceGuidance>
{
    public void Configure(EntityTypeBuilder<ServiceGuidance> builder)
    {
        builder.ToTable("ServiceGuidance");
        builder.Property(g => g.Note).HasMaxLength(TextLimits.Text);
        builder.HasOne<Client>().WithMany().HasForeignKey(g => g.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Service>().WithMany().HasForeignKey(g => g.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.ClientId, g.On });
    }
}

internal sealed class ProviderNoticeConfiguration : IEntityTypeConfiguration<ProviderNotice>
{
    public void Configure(EntityTypeBuilder<ProviderNotice> builder)
    {
        builder.Property(n => n.Kind).HasMaxLength(40);
        builder.Property(n => n.To).HasMaxLength(TextLimits.Email);
        builder.Property(n => n.Subject).HasMaxLength(TextLimits.LocalizedName);
        builder.Property(n => n.Body).HasMaxLength(TextLimits.Text);
        builder.Property(n => n.LastError).HasMaxLength(TextLimits.Explanation);
        // Written once per commitment and kind, however many nodes run the daily scan.
        builder.HasIndex(n => new { n.CommitmentId, n.Kind }).IsUnique();
        builder.HasIndex(n => n.SentAt);
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => new { r.Job, r.Slot });
        builder.Property(r => r.Job).HasMaxLength(60);
        builder.Property(r => r.Slot).HasMaxLength(40);
        builder.Property(r => r.Node).HasMaxLength(100);
    }
}
