using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Clients;
using Polku.Domain.Common;
using Polku.Domain.Instruments;

namespace Polku.Data.Configurations;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Instrument> builder)
    {
        builder.Property(i => i.Key).HasMaxLength(TextLimits.Code);
        builder.ComplexProperty(i => i.Name, name => name.ConfigureNames());
        builder.Property(i => i.Link).HasMaxLength(TextLimits.PageAddress);
        // A version's definition is read and replaced whole, never queried by part: the raters as a list of names and the
        // domains with their scales as one JSON document.
        builder.Property(i => i.Raters)
            .HasConversion(
                raters => string.Join(',', raters),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Rater>).ToList(),
                new ValueComparer<IReadOnlyList<Rater>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, r) => HashCode.Combine(hash, r)), list => list.ToList()))
            .HasMaxLength(60);
        builder.Property(i => i.Domains)
            .HasConversion(
                domains => JsonSerializer.Serialize(domains, Json),
                text => JsonSerializer.Deserialize<List<InstrumentDomain>>(text, Json) ?? new List<InstrumentDomain>(),
                new ValueComparer<IReadOnlyList<InstrumentDomain>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    list => JsonSerializer.Serialize(list, Json).GetHashCode(StringComparison.Ordinal),
                    list => list.ToList()));
        builder.Property(i => i.Version).IsConcurrencyToken();
        // Versions of an instrument, per owner (the national defaults under Guid.Empty).
        builder.HasIndex(i => new { i.OrganisationId, i.Key, i.VersionNumber }).IsUnique();
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> builder)
    {
        builder.Property(m => m.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Rater).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Result).HasMaxLength(TextLimits.Explanation);
        builder.Property(m => m.Link).HasMaxLength(TextLimits.PageAddress);
        builder.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Instrument>().WithMany().HasForeignKey(m => m.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(m => m.Scores, score =>
        {
            score.ToTable("MeasurementScores");
            score.WithOwner().HasForeignKey("MeasurementId");
            score.Property<Guid>("MeasurementId");
            score.HasKey("MeasurementId", nameof(DomainScore.Domain));
            score.Property(s => s.Domain).HasMaxLength(40);
        });
        // A client's series of one instrument by date; and whether a version is in use.
        builder.HasIndex(m => new { m.ClientId, m.InstrumentId, m.MeasuredOn });
        builder.HasIndex(m => m.InstrumentId);
    }
}
