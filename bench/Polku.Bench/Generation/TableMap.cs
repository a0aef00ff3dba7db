using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Polku.Bench.Generation;

/// <summary>
/// One table as the EF model maps it: its name, and for each column the value EF would write for an entity — read
/// through the model's getter and converted by the property's type mapping (enums as names, JSON columns, UTC ticks on
/// SQLite). No column list is kept by hand, so a new property is loaded the day it is mapped.
/// </summary>
public sealed partial class TableMap
{
    private TableMap(string table, string? schema, IReadOnlyList<TableColumn> columns)
    {
        Table = table;
        Schema = schema;
        Columns = columns;
    }

    public string Table { get; }

    public string? Schema { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    /// <param name="shadow">Values of shadow properties (an owned row's key to its owner), by property name.</param>
    public static TableMap For(IEntityType entityType, IReadOnlyDictionary<string, Func<object, object?>>? shadow = null)
    {
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var columns = new List<TableColumn>();
        foreach (var property in entityType.GetProperties())
        {
            Func<object, object?> read;
            if (property.IsShadowProperty())
            {
                read = shadow?.GetValueOrDefault(property.Name)
                    ?? throw new InvalidOperationException($"{entityType.DisplayName()}.{property.Name} is a shadow property: give its value.");
            }
            else
            {
                var getter = property.GetGetter();
                read = getter.GetClrValue;
            }

            columns.Add(Column(property, store, read));
        }

        AddComplex(entityType.GetComplexProperties(), store, columns);
        return new TableMap(table, entityType.GetSchema(), columns);
    }

    private static void AddComplex(IEnumerable<IComplexProperty> complexProperties, StoreObjectIdentifier store, List<TableColumn> columns)
    {
        foreach (var complex in complexProperties)
        {
            foreach (var property in complex.ComplexType.GetProperties())
            {
                var getter = property.GetGetter();
                columns.Add(Column(property, store, getter.GetClrValueUsingContainingEntity));
            }

            AddComplex(complex.ComplexType.GetComplexProperties(), store, columns);
        }
    }

    private static TableColumn Column(IProperty property, StoreObjectIdentifier store, Func<object, object?> read)
    {
        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        Func<object, object?> value = converter is null
            ? read
            : entity => read(entity) is { } clr ? converter.ConvertToProvider(clr) : null;
        var name = property.GetColumnName(store) ?? throw new InvalidOperationException($"{property.Name} has no column in {store.Name}.");
        return new TableColumn(name, mapping, value, BaseStoreType().Replace(mapping.StoreType, ""));
    }

    /// <summary>The store type without its facets, as Npgsql names a type: <c>character varying(100)</c> → <c>character varying</c>.</summary>
    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex BaseStoreType();
}

/// <param name="Value">The provider value of the column for an entity; null for NULL.</param>
/// <param name="DataTypeName">The store type without facets, for binary COPY.</param>
public sealed record TableColumn(string Name, RelationalTypeMapping Mapping, Func<object, object?> Value, string DataTypeName);
