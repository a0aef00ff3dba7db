using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Common;
using Polku.Domain.Organisations;

namespace Polku.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(20);
        builder.HasIndex(o => o.Code).IsUnique();
        builder.ComplexProperty(o => o.Name, name => name.ConfigureNames());
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.AccessPolicy).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.RecordsPlanClasses).AsJson().HasMaxLength(TextLimits.Explanation);
        builder.Property(o => o.Areas).AsJson().HasMaxLength(TextLimits.Explanation);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasMany(o => o.Units).WithOne().HasForeignKey(u => u.OrganisationId);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ComplexProperty(u => u.Name, name => name.ConfigureNames());
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.TargetGroup).HasMaxLength(100);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.Property(p => p.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Contacts).AsJson().HasMaxLength(TextLimits.Text);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Provider).WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganisationId, p.ProviderId }).IsUnique();
    }
}
