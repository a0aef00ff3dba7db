namespace Polku.Web.Features.Configuration;

/// <summary>A form's name in the three languages.</summary>
public interface INames
{
    string? Fi { get; }

    string? Sv { get; }

    string? En { get; }
}
