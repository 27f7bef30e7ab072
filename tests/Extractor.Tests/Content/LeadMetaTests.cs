using Extractor.Content;

namespace Extractor.Tests.Content;

public sealed class LeadMetaTests
{
    [Theory]
    [InlineData("June 11th, 2024, 10:45 AM")]
    [InlineData("January 14, 2025 Staff Clinician")]
    [InlineData("October 11, 2023 by Autumn Huerter")]
    [InlineData("03/01/2017 by Jane Roe, Candidate Representative to the Liaison Committee")]
    [InlineData("on September 26, 2025")]
    [InlineData("November 28, 2025/Living Healthy/Wellness")]
    [InlineData("Jan 4")]
    [InlineData("12 March 2024 · News")]
    public void Lines_opening_with_a_date_are_meta(string line) => Assert.True(LeadMeta.Matches(line));

    [Theory]
    [InlineData("January was the coldest month on record, the weather service said.")]
    [InlineData("March 2024 saw the first rise in rents for a year, and landlords expect more of the same over the summer.")]
    [InlineData("Maybe the answer is simpler than it looks.")]
    [InlineData("10 tips for a better night's sleep")]
    public void Sentences_are_not_meta(string line) => Assert.False(LeadMeta.Matches(line));
}
