using CsCheck;
using Extractor.Cleaning;

namespace Extractor.Tests.Cleaning;

public sealed class ClassVerdictsTests
{
    [Fact]
    public void Kept_verdicts_answer_as_the_matcher_does_for_repeated_values_and_either_layout()
    {
        string[] words =
        [
            "post", "excerpt", "dek", "related", "header", "module", "share", "bar", "content", "body", "kicker", "nav",
            "article", "footer", "subtitle", "teaser", "widget", "x", "Related", "Excerpt", "navBar", "copyright",
        ];
        // One cache, asked again and again, on one thread: it belongs to one walk of one page.
        var verdicts = new ClassVerdicts();
        Gen.Select(Gen.OneOf(words).Array[0, 4], Gen.OneOf("-", "_", " ", ""), Gen.Bool).Sample(
            (parts, separator, layout) =>
            {
                string value = string.Join(separator, parts);
                bool boilerplate = verdicts.IsBoilerplate(value, layout, out bool standfirst);
                return boilerplate == ClassTokenMatcher.IsBoilerplate(value, layout: layout)
                    && standfirst == ClassTokenMatcher.IsStandfirst(value)
                    && verdicts.IsStandfirst(value) == ClassTokenMatcher.IsStandfirst(value);
            },
            iter: 5_000,
            threads: 1);
    }

    [Fact]
    public void A_layout_word_is_kept_apart_for_headings_and_other_elements()
    {
        var verdicts = new ClassVerdicts();
        Assert.True(verdicts.IsBoilerplate("module_header", layout: true, out _));
        Assert.False(verdicts.IsBoilerplate("module_header", layout: false, out _));
        Assert.True(verdicts.IsBoilerplate("module_header", layout: true, out _));
    }
}
