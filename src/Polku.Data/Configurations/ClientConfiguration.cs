using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Access;
using Polku.Domain.Clients;
using Polku.Domain.Common;
using Polku.Domain.Organisations;
using Polku.Domain.People;

namespace Polku.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.IdentityCode).HasMaxLength(11);
        builder.Property(c => c.FirstNames).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.LastName).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.SearchName).HasMaxLength(2 * TextLimits.Name + 1);
        builder.Property(c => c.Language).HasMaxLength(3);
        builder.Property(c => c.Municipality).HasMaxLength(TextLimits.Name);
        builder.Property(c => c.Phone).HasMaxLength(TextLimits.Phone);
        builder.Property(c => c.Email).HasMaxLength(TextLimits.Email);
        builder.Property(c => c.Address).HasMaxLength(TextLimits.Address);
        builder.Property(c => c.ServiceTaskCode).HasMaxLength(TextLimits.ServiceTaskCode);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.DisplayName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.ResponsibleWorkerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceTask>().WithMany().HasForeignKey(c => c.ServiceTaskCode).OnDelete(DeleteBehavior.Restrict);
        // One person, one client record per organisation; the century sign is part of the code, so no folding.
        builder.HasIndex(c => new { c.OrganisationId, c.IdentityCode }).IsUnique();
        builder.HasIndex(c => new { c.OrganisationId, c.SearchName });
        builder.HasIndex(c => new { c.OrganisationId, c.ResponsibleWorkerId });
        // The access rules: service task and team.
        builder.HasIndex(c => new { c.OrganisationId, c.ServiceTaskCode, c.UnitId });
    }
}

internal sealed class StatedReasonAccessConfiguration : IEntityTypeConfiguration<StatedReasonAccess>
{
    public void Configure(EntityTypeBuilder<StatedReasonAccess> builder)
    {
        builder.ToTable("StatedReasonAccesses");
        builder.Property(a => a.Reason).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Explanation).HasMaxLength(TextLimits.Explanation);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        // The access rule looks up the user's unexpired reasons; the registrar lists an organisation's newest first.
        builder.HasIndex(a => new { a.EmployeeId, a.ClientId, a.ExpiresAt });
        builder.HasIndex(a => new { a.OrganisationId, a.GrantedAt });
        builder.HasIndex(a => new { a.ClientId, a.GrantedAt });
    }
}

internal sealed class ResponsibleWorkerAssignmentConfiguration : IEntityTypeConfiguration<ResponsibleWorkerAssignment>
{
    public void Configure(EntityTypeBuilder<ResponsibleWorkerAssignment> builder)
    {
        builder.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ClientId, a.StartedAt });
    }
}
