using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class TextTests
{
    [Theory]
    [InlineData("  Jane \n\t Doe  ", "Jane Doe")]
    [InlineData("Jane&nbsp; Doe", "Jane Doe")]
    [InlineData("a\u2003b\r\n\r\nc", "a b c")]
    [InlineData("Jane Doe\u00A0", "Jane Doe")]
    public void Clean_collapses_every_whitespace_run_to_one_space_and_trims(string raw, string expected)
    {
        Assert.Equal(expected, Text.Clean(raw));
    }

    [Fact]
    public void Clean_gives_back_a_value_that_is_already_clean_as_it_is()
    {
        string clean = "Jane Doe, Staff Writer";

        Assert.Same(clean, Text.Clean(clean));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t\u00A0 ")]
    public void Clean_of_nothing_but_whitespace_is_null(string? raw)
    {
        Assert.Null(Text.Clean(raw));
    }
}
