using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Polku.Domain.Common;

namespace Polku.Data.Configurations;

internal static class NameConfiguration
{
    public static void ConfigureNames(this ComplexPropertyBuilder<LocalizedName> name)
    {
        name.Property(n => n.Fi).HasColumnName("NameFi").HasMaxLength(TextLimits.LocalizedName);
        name.Property(n => n.Sv).HasColumnName("NameSv").HasMaxLength(TextLimits.LocalizedName);
        name.Property(n => n.En).HasColumnName("NameEn").HasMaxLength(TextLimits.LocalizedName);
    }
}
