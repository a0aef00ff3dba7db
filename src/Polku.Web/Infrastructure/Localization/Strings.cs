namespace Polku.Web;

/// <summary>Marker for the UI strings in Resources/Strings*.resx (Finnish neutral, Swedish, English).</summary>
public sealed class Strings
{
}
