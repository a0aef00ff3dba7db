using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Organisations;
using Polku.Domain.People;
using Polku.Domain.Common;

namespace Polku.Data.Configurations;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.Property(e => e.FirstName).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.LastName).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.Title).HasMaxLength(TextLimits.Name);
        builder.Property(e => e.Email).HasMaxLength(TextLimits.Email);
        builder.Property(e => e.Phone).HasMaxLength(TextLimits.Phone);
        builder.Property(e => e.PreferredLanguage).HasMaxLength(5);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.DisplayName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.OrganisationId, e.LastName, e.FirstName });
        builder.HasMany(e => e.Roles).WithOne().HasForeignKey(r => r.EmployeeId);
        builder.HasMany(e => e.ServiceTasks).WithOne().HasForeignKey(t => t.EmployeeId);
        builder.HasOne<UserAccount>().WithOne().HasForeignKey<UserAccount>(a => a.Id);
    }
}

internal sealed class EmployeeRoleConfiguration : IEntityTypeConfiguration<EmployeeRole>
{
    public void Configure(EntityTypeBuilder<EmployeeRole> builder)
    {
        builder.HasKey(r => new { r.EmployeeId, r.Role });
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(40);
    }
}

internal sealed class EmployeeServiceTaskConfiguration : IEntityTypeConfiguration<EmployeeServiceTask>
{
    public void Configure(EntityTypeBuilder<EmployeeServiceTask> builder)
    {
        builder.HasKey(t => new { t.EmployeeId, t.ServiceTaskCode });
        builder.Property(t => t.ServiceTaskCode).HasMaxLength(TextLimits.ServiceTaskCode);
        builder.HasOne<ServiceTask>().WithMany().HasForeignKey(t => t.ServiceTaskCode);
    }
}

internal sealed class ServiceTaskConfiguration : IEntityTypeConfiguration<ServiceTask>
{
    public void Configure(EntityTypeBuilder<ServiceTask> builder)
    {
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(TextLimits.ServiceTaskCode);
        builder.ComplexProperty(t => t.Name, name => name.ConfigureNames());
    }
}
