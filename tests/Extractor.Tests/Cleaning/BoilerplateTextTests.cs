using Extractor.Cleaning;

namespace Extractor.Tests.Cleaning;

public sealed class BoilerplateTextTests
{
    [Theory]
    [InlineData("Copyright © 2021 World News Desk. All rights reserved.")]
    [InlineData("© 2024 Example Media")]
    [InlineData("By Jane Doe and John Smith")]
    [InlineData("By Jane Doe | March 3, 2021")]
    [InlineData("Published on March 3, 2021")]
    [InlineData("Tags: politics, world")]
    [InlineData("Advertisement")]
    [InlineData("5 min read")]
    [InlineData("March 14, 2021")]
    [InlineData("Share this article")]
    [InlineData("Nov. 3, 2022, 6:20 p.m. CT · Updated 9:05 p.m.")]
    [InlineData("Bridgestone Team | 5 min read")]
    public void Boilerplate_lines_are_recognised(string line) => Assert.True(BoilerplateText.IsBoilerplate(line));

    [Theory]
    [InlineData("By contrast, the second survey found that most respondents disagreed.")]
    [InlineData("By 2030 the city expects to double its fleet.")]
    [InlineData("The copyright office rejected the claim in March.")]
    [InlineData("Related studies found similar effects in older adults, the authors wrote.")]
    public void Sentences_that_start_like_boilerplate_are_kept(string line) => Assert.False(BoilerplateText.IsBoilerplate(line));
}
