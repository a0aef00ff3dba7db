using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Clients;
using Polku.Domain.Organisations;
using Polku.Domain.People;

namespace Polku.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.IdentityCode).HasMaxLength(11);
        builder.Property(c => c.FirstNames).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.SearchName).HasMaxLength(201);
        builder.Property(c => c.Language).HasMaxLength(3);
        builder.Property(c => c.Municipality).HasMaxLength(100);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Address).HasMaxLength(300);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.DisplayName);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employee>().WithMany().HasForeignKey(c => c.ResponsibleWorkerId).OnDelete(DeleteBehavior.Restrict);
        // One person, one client record per organisation; the century sign is part of the code, so no folding.
        builder.HasIndex(c => new { c.OrganisationId, c.IdentityCode }).IsUnique();
        builder.HasIndex(c => new { c.OrganisationId, c.SearchName });
        builder.HasIndex(c => new { c.OrganisationId, c.ResponsibleWorkerId });
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
