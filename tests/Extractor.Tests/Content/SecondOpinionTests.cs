using Extractor.Content;
using Extractor.Parsing;

namespace Extractor.Tests.Content;

public sealed class SecondOpinionTests
{
    private const string Own = "The council voted on Tuesday to close the old bridge to cars from next spring onwards.";

    [Fact]
    public void Longer_body_that_contains_ours_replaces_it_paragraph_by_paragraph()
    {
        string theirs = Own + "\n\n" + string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"Paragraph {i} explains what the closure means for the people who cross the river every day."));

        var paragraphs = SecondOpinion.Compare(theirs, Own);

        Assert.NotNull(paragraphs);
        Assert.Equal(5, paragraphs.Count);
        Assert.Equal(Own, paragraphs[0]);
    }

    [Fact]
    public void Longer_body_that_does_not_contain_ours_is_not_trusted()
    {
        string theirs = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Story {i} about something else entirely, a sidebar of unrelated headlines and teasers."));

        Assert.Null(SecondOpinion.Compare(theirs, Own));
    }

    [Fact]
    public void Body_not_clearly_longer_than_ours_is_not_taken()
    {
        string theirs = Own + " And one more sentence.";

        Assert.Null(SecondOpinion.Compare(theirs, Own));
    }

    [Fact]
    public void Boilerplate_lines_do_not_make_a_body_longer_and_are_left_out_of_it()
    {
        string filler = string.Join("\n\n", Enumerable.Range(1, 6).Select(_ => "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."));
        string padded = Own + "\n\nSeptember 9, 2021\n\nOne more line about the bridge and the traffic it carries.\n\n" + filler;

        Assert.Null(SecondOpinion.Compare(padded, Own));

        string longer = padded + "\n\n" + string.Join("\n\n", Enumerable.Range(1, 4).Select(i => $"Paragraph {i} explains what the closure means for the people who cross the river every day."));
        var paragraphs = SecondOpinion.Compare(longer, Own);

        Assert.NotNull(paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Lorem ipsum", StringComparison.Ordinal) || p == "September 9, 2021");
        Assert.Equal(6, paragraphs.Count);
    }

    [Fact]
    public void SmartReader_reads_the_page_once_and_is_not_asked_to_relax_its_rules()
    {
        // Readability's first reading drops a "sidebar" as an unlikely candidate and finds nothing else; only a
        // re-reading with that rule relaxed would return the sidebar's text.
        string paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the notes, long enough for a reader to score it as text, with commas, clauses and words.</p>"));
        using var document = HtmlDocumentLoader.Load($"<html><body><div class=\"sidebar\">{paragraphs}</div></body></html>");

        string? text = SecondOpinion.SmartReaderText(document, new Uri("https://example.com/notes"));

        Assert.DoesNotContain("Paragraph 1", text ?? string.Empty, StringComparison.Ordinal);
    }
}
