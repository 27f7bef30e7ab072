using CsCheck;
using Extractor.Cleaning;

namespace Extractor.Tests.Cleaning;

public sealed class ClassTokenMatcherTests
{
    [Theory]
    [InlineData("ad-slot")]
    [InlineData("top_ad")]
    [InlineData("adsbygoogle")]
    [InlineData("shareBar")]
    [InlineData("saboxplugin-wrap")]
    [InlineData("rss-feed-widget")]
    [InlineData("copyright-txt")]
    [InlineData("post-navigation")]
    [InlineData("comments-area")]
    [InlineData("related-posts")]
    [InlineData("site-footer")]
    [InlineData("newsletter-signup")]
    [InlineData("cookie-consent")]
    [InlineData("author-bio")]
    [InlineData("entry-meta")]
    [InlineData("sr-only")]
    public void Boilerplate_names_match(string value) => Assert.True(ClassTokenMatcher.IsBoilerplate(value));

    [Theory]
    [InlineData("subheader")]
    [InlineData("shadow")]
    [InlineData("download-link")]
    [InlineData("address-block")]
    [InlineData("loaded")]
    [InlineData("entry-header")]
    [InlineData("article-footer")]
    [InlineData("content-sidebar-wrap")]
    [InlineData("entry-content")]
    [InlineData("elementor-widget-container")]
    [InlineData("hidden-xs")]
    [InlineData("accordion-wrap pane-header-alignment-left")]
    [InlineData("")]
    public void Article_and_layout_names_do_not_match(string value) => Assert.False(ClassTokenMatcher.IsBoilerplate(value));

    [Fact]
    public void Long_ids_made_from_heading_text_are_not_judged() =>
        Assert.False(ClassTokenMatcher.IsBoilerplate("how-popular-are-meditation-and-mindfulness", BoilerplateClassifier.MaxIdWords));

    [Theory]
    [InlineData("subtitle subtitle-HEEcLo")]
    [InlineData("newspack-post-subtitle")]
    [InlineData("ArticleHero_dek__EqdkK")]
    [InlineData("content-subheadline")]
    [InlineData("post-excerpt global-excerpt")]
    [InlineData("v2-kicker")]
    public void Standfirst_classes_are_recognised(string value) => Assert.True(ClassTokenMatcher.IsStandfirst(value));

    [Theory]
    [InlineData("entry-title")]
    [InlineData("desktop-only")]
    [InlineData("field--type-text-with-summary")]
    [InlineData(null)]
    public void Other_classes_are_not_standfirsts(string? value) => Assert.False(ClassTokenMatcher.IsStandfirst(value));

    [Fact]
    public void Layout_words_are_ignored_when_asked_but_boilerplate_words_are_not()
    {
        Assert.False(ClassTokenMatcher.IsBoilerplate("module_header", layout: false));
        Assert.True(ClassTokenMatcher.IsBoilerplate("module_header"));
        Assert.True(ClassTokenMatcher.IsBoilerplate("related-header", layout: false));
    }

    [Fact]
    public void One_reading_of_a_class_value_answers_as_the_two_separate_questions_do()
    {
        string[] words =
        [
            "post", "excerpt", "dek", "related", "header", "module", "share", "bar", "content", "body", "kicker", "nav",
            "article", "footer", "subtitle", "teaser", "widget", "x", "Related", "Excerpt", "navBar", "copyright",
        ];
        Gen.Select(Gen.OneOf(words).Array[0, 6], Gen.OneOf("-", "_", " ", ""), Gen.Bool).Sample(
            (parts, separator, layout) =>
            {
                string value = string.Join(separator, parts);
                bool boilerplate = ClassTokenMatcher.IsBoilerplate(value, layout, out bool standfirst);
                return boilerplate == ClassTokenMatcher.IsBoilerplate(value, layout: layout)
                    && standfirst == ClassTokenMatcher.IsStandfirst(value);
            },
            iter: 5_000);
    }

    [Fact]
    public void Every_vocabulary_word_matches_in_any_case_after_other_words()
    {
        foreach (string word in BoilerplateVocabulary.Words)
        {
            Assert.True(ClassTokenMatcher.IsBoilerplate("x-" + word), word);
            Assert.True(ClassTokenMatcher.IsBoilerplate("col-12 " + word.ToUpperInvariant()), word);
            Assert.True(ClassTokenMatcher.IsBoilerplate("widget" + char.ToUpperInvariant(word[0]) + word[1..]), word);
        }

        foreach (string word in StandfirstVocabulary.Words)
        {
            Assert.True(ClassTokenMatcher.IsStandfirst("post-" + word.ToUpperInvariant()), word);
        }
    }
}
