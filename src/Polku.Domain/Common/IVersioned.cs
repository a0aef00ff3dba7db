namespace Polku.Domain.Common;

/// <summary>An editable aggregate with an optimistic concurrency token, bumped on every save.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
