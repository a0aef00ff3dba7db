using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Clients;
using Polku.Domain.Common;
using Polku.Domain.Plans;

namespace Polku.Data.Configurations;

internal sealed class ClientPlanConfiguration : IEntityTypeConfiguration<ClientPlan>
{
    public void Configure(EntityTypeBuilder<ClientPlan> builder)
    {
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.StartReason).HasMaxLength(TextLimits.Explanation);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).AutoInclude(false);
        builder.HasIndex(p => new { p.ClientId, p.CreatedOn });
        // Reviews due: plans in force by their next review date.
        builder.HasIndex(p => new { p.OrganisationId, p.Status, p.NextReviewOn });
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Content).AsJson();
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
    }
}

internal sealed class PlanReviewConfiguration : IEntityTypeConfiguration<PlanReview>
{
    public void Configure(EntityTypeBuilder<PlanReview> builder)
    {
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Content).AsJson();
        builder.HasOne<ClientPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PlanId, r.HeldOn });
        builder.HasIndex(r => new { r.ClientId, r.HeldOn });
    }
}
