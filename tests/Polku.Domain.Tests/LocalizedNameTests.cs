using Polku.Domain.Common;

namespace Polku.Domain.Tests;

public sealed class LocalizedNameTests
{
    [Theory]
    [InlineData("fi", "Vaasa")]
    [InlineData("sv", "Vasa")]
    [InlineData("en", "Vaasa (en)")]
    [InlineData("de", "Vaasa")]
    public void Name_in_language_falls_back_to_Finnish(string language, string expected) =>
        Assert.Equal(expected, new LocalizedName("Vaasa", "Vasa", "Vaasa (en)").In(language));

    [Fact]
    public void Missing_translation_falls_back_to_Finnish() =>
        Assert.Equal("Kotomaja", new LocalizedName("Kotomaja", "", "").In("sv"));
}
