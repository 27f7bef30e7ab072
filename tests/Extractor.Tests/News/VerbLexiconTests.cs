using Extractor.News;

namespace Extractor.Tests.News;

public sealed class VerbLexiconTests
{
    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    [Theory]
    [InlineData("Selon Marie Dupont", "selon")]
    [InlineData("Laut Anna Berg", "laut")]
    [InlineData("Según Ana Ruiz", "según")]
    public void Capitalised_source_word_at_sentence_start_is_read_as_its_lower_case_form(string text, string verb)
    {
        Assert.True(VerbLexicon.TryMatch(Tokens(text), 0, out var match));
        Assert.Equal(verb, match.Text);
        Assert.True(match.TakesObjectSubject);
    }

    [Theory]
    [InlineData("Said the minister")]
    [InlineData("Told you so")]
    public void Capitalised_reporting_verb_that_is_not_a_source_word_is_not_a_verb(string text)
    {
        Assert.False(VerbLexicon.TryMatch(Tokens(text), 0, out _));
    }

    [Fact]
    public void Capitalised_word_longer_than_the_stack_buffer_is_looked_up_without_error()
    {
        string word = "S" + new string('x', 200);

        Assert.False(VerbLexicon.TryMatch(Tokens(word + " said"), 0, out _));
        Assert.True(VerbLexicon.TryMatch(Tokens(word + " said"), 1, out var match));
        Assert.Equal("said", match.Text);
    }
}
