namespace Extractor.Tests.Content;

public sealed class FootnoteReferenceTests
{
    [Theory]
    [InlineData("""anyway<sup><a href="#user-content-fn-1" id="fnref-1">1</a></sup>, so""", "anyway, so")]
    [InlineData("""anyway<sup id="cite_ref-3"><a href="#cite_note-3">[3]</a></sup>, so""", "anyway, so")]
    [InlineData("""a scale of 10<sup>15</sup>, so""", "a scale of 1015, so")]
    [InlineData("""anyway<sup><a href="https://other.example/notes">1</a></sup>, so""", "anyway1, so")]
    [InlineData("""anyway<sup><a href="#note">*</a></sup>, so""", "anyway*, so")]
    public void Footnote_reference_marks_leave_the_text_and_other_superscripts_stay(string inline, string expected)
    {
        string html = ContentPipeline.Page($"<p>The managed databases run the open source server {inline} the rest of this sentence follows on.</p>{ContentPipeline.Paragraph(1)}");

        string first = ContentPipeline.OwnTexts(html)[0];

        Assert.Contains(expected, first, StringComparison.Ordinal);
    }
}
