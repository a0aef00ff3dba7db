using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Clients;
using Polku.Domain.Common;
using Polku.Domain.Decisions;
using Polku.Domain.Organisations;

namespace Polku.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.TypeCode).HasMaxLength(60);
        builder.Property(d => d.AnnulmentReason).HasMaxLength(TextLimits.Explanation);
        // Content, chain and appeal dates come back exactly as decided: stored whole.
        builder.Property(d => d.Content).AsJson();
        builder.Property(d => d.Chain).AsJson();
        builder.Property(d => d.Appeal).AsJson();
        builder.Property(d => d.History).AsJson();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(d => d.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Decision>().WithMany().HasForeignKey(d => d.PreviousDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ClientId, d.StartedOn });
        // The register and the queues: an organisation's decisions by status in date order, so a queue over several
        // statuses merges one ordered run per status instead of walking the whole register.
        builder.HasIndex(d => new { d.OrganisationId, d.Status, d.StartedOn, d.Id });
        // The register, newest first, read in index order a page at a time.
        builder.HasIndex(d => new { d.OrganisationId, d.StartedOn, d.Id });
        builder.HasIndex(d => new { d.OrganisationId, d.EndsOn });
    }
}

internal sealed class ConfiguredDecisionTypeConfiguration : IEntityTypeConfiguration<ConfiguredDecisionType>
{
    public void Configure(EntityTypeBuilder<ConfiguredDecisionType> builder)
    {
        builder.ToTable("DecisionTypes");
        builder.Property(t => t.Code).HasMaxLength(60);
        builder.ComplexProperty(t => t.Name, name => name.ConfigureNames());
        builder.Property(t => t.LegalBases).AsJson().HasMaxLength(TextLimits.Explanation);
        builder.HasIndex(t => new { t.OrganisationId, t.Code }).IsUnique();
    }
}

internal sealed class DecisionChainSettingConfiguration : IEntityTypeConfiguration<DecisionChainSetting>
{
    public void Configure(EntityTypeBuilder<DecisionChainSetting> builder)
    {
        builder.Property(c => c.AreaCode).HasMaxLength(20);
        builder.Property(c => c.Rules).AsJson().HasMaxLength(TextLimits.Explanation);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OrganisationId, c.AreaCode, c.Version }).IsUnique();
    }
}

internal sealed class AppealInstructionConfiguration : IEntityTypeConfiguration<AppealInstruction>
{
    public void Configure(EntityTypeBuilder<AppealInstruction> builder)
    {
        builder.Property(a => a.Finnish).AsJson();
        builder.Property(a => a.Swedish).AsJson();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.OrganisationId, a.Version }).IsUnique();
    }
}

internal sealed class DecisionDispatchConfiguration : IEntityTypeConfiguration<DecisionDispatch>
{
    public void Configure(EntityTypeBuilder<DecisionDispatch> builder)
    {
        builder.Property(d => d.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Events).AsJson();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Decision>().WithMany().HasForeignKey(d => d.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.DecisionId);
        // The outbox and the print batch: an organisation's open dispatches.
        builder.HasIndex(d => new { d.OrganisationId, d.Status, d.Method });
    }
}

internal sealed class RectificationRequestConfiguration : IEntityTypeConfiguration<RectificationRequest>
{
    public void Configure(EntityTypeBuilder<RectificationRequest> builder)
    {
        builder.Property(r => r.Request).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.Handling).HasMaxLength(TextLimits.LongText);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Decision>().WithMany().HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.DecisionId);
    }
}
