namespace Extractor.Tests.Content;

public sealed class DropCapTests
{
    [Fact]
    public void A_drop_cap_set_in_its_own_element_before_the_text_takes_its_place_again()
    {
        string html = ContentPipeline.Page($"""
            <div class="first-letter">D</div>
            <div class="rich-text"><p>uring the pandemic, online learning cropped up as a means to keep classes going for everyone.</p>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</div>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.StartsWith("During the pandemic,", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("D", texts);
    }

    [Fact]
    public void A_drop_cap_that_is_a_word_of_its_own_keeps_the_space_after_it()
    {
        string html = ContentPipeline.Page($"""
            <span class="dropcap">A</span><p> cat sat on the warm wall of the harbour all afternoon while the boats came in.</p>
            {ContentPipeline.Paragraph(1)}
            """);

        Assert.StartsWith("A cat sat on the warm wall", ContentPipeline.OwnTexts(html)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_heading_over_lower_case_entries_is_no_drop_cap()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <h2>A</h2><p>abandon: to leave behind for good, as a ship is left by its crew in a storm at sea.</p>
            {ContentPipeline.Paragraph(2)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains(texts, t => t.StartsWith("abandon:", StringComparison.Ordinal));
    }
}
