using Extractor.Content;
using Extractor.News;
using static Extractor.Tests.News.StoryPage;

namespace Extractor.Tests.News;

/// <summary>Inline "More:" links: labelled link blocks and lone same-site link paragraphs leave the body.</summary>
public sealed class MoreLinkTests
{
    private const string Other = "https://news.example/2024/04/30/other-story/";
    private const string Elsewhere = "https://elsewhere.example/a/b/";

    public static TheoryData<string, string, string> LabelledBlocks() => new()
    {
        // block text, link text, label
        { "More: Blinken sets Biden’s 8 foreign policy priorities", "Blinken sets Biden’s 8 foreign policy priorities", "More" },
        { "More:Blinken sets Biden’s 8 foreign policy priorities", "Blinken sets Biden’s 8 foreign policy priorities", "More (no space)" },
        { "Related: Council approves budget after long night", "Council approves budget after long night", "Related" },
        { "READ MORE: Council approves budget after long night", "Council approves budget after long night", "READ MORE" },
        { "Read more: Council approves budget after long night", "Council approves budget after long night", "Read more" },
        { "See also: Council approves budget after long night", "Council approves budget after long night", "See also" },
        { "ALSO READ: Council approves budget after long night", "Council approves budget after long night", "ALSO READ" },
        { "Recommended: Council approves budget after long night", "Council approves budget after long night", "Recommended" },
        { "Lire aussi : Les exportations de vin atteignent un niveau record", "Les exportations de vin atteignent un niveau record", "Lire aussi (French spacing)" },
        { "À lire aussi : Les exportations de vin atteignent un niveau record", "Les exportations de vin atteignent un niveau record", "À lire aussi" },
        { "Lesen Sie auch: Neue Radbrücke über die Lahn freigegeben", "Neue Radbrücke über die Lahn freigegeben", "Lesen Sie auch" },
        { "Mehr zum Thema: Neue Radbrücke über die Lahn freigegeben", "Neue Radbrücke über die Lahn freigegeben", "Mehr zum Thema" },
        { "Lee también: El Congreso aprueba el presupuesto", "El Congreso aprueba el presupuesto", "Lee también" },
        { "Leia também: Congresso aprova o orçamento", "Congresso aprova o orçamento", "Leia também" },
        { "Leggi anche: Il Senato approva la manovra", "Il Senato approva la manovra", "Leggi anche" },
        { "RELATED COVERAGE: Council approves budget after long night.", "Council approves budget after long night", "link text ≥ 90 %" },
        { "Also read how the council approved the budget.", "how the council approved the budget", "no colon" },
        { "[ Also read Budget: what the new rates mean. ]", "Budget: what the new rates mean", "in brackets, the colon the headline's" },
        { "(Related reading: the council's budget.)", "the council's budget", "in parentheses" },
        { "You may also be interested in: Council approves budget", "Council approves budget", "a known label of six words" },
        { "» Related Reading: Council approves budget", "Council approves budget", "led by an arrow" },
        { ">> Read More: Council approves budget", "Council approves budget", "led by two pointers" },
        { "More on Steve Davis & Gaz Williams", "Steve Davis & Gaz Williams", "More on, no colon" },
        { "Read our full Lenovo Yoga 9i 2-in-1 review", "Lenovo Yoga 9i 2-in-1 review", "Read our full, no colon" },
    };

    [Theory]
    [MemberData(nameof(LabelledBlocks))]
    public void Labelled_link_block_becomes_a_more_link_and_leaves_the_body(string block, string linkText, string label)
    {
        _ = label;
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked(block, (linkText, Elsewhere)), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        MoreLink link = Assert.Single(news.MoreLinks);
        Assert.Equal(linkText, link.Text);
        Assert.Equal(new Uri(Elsewhere), link.Url);
        Assert.Equal(0, link.AfterParagraph);
        Assert.Equal([First, Last], news.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Labelled_link_set_as_a_block_quote_is_a_more_link()
    {
        const string linkText = "Council approves budget after long night";
        var quote = new BodyBlock(BlockKind.BlockQuote, "READ MORE: " + linkText, 0, [new BlockLink(linkText, Elsewhere)]);

        NewsStructure news = NewsAnalyzer.Analyze([Blocks.Block(First), quote, Blocks.Block(Last)], new Uri(Address));

        Assert.Equal(linkText, Assert.Single(news.MoreLinks).Text);
        Assert.Equal([First, Last], news.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("Internal memo: Read the full text of the CEO’s email", "Read the full text of the CEO’s email")]
    [InlineData("Can also read: Council approves budget after long night", "Council approves budget after long night")]
    [InlineData("More on the topic: Council approves budget after long night", "Council approves budget after long night")]
    public void Other_label_before_a_headline_linking_to_another_story_of_the_site_is_a_more_link(string block, string linkText)
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked(block, (linkText, Other)), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        MoreLink link = Assert.Single(news.MoreLinks);
        Assert.Equal(linkText, link.Text);
        Assert.Equal([First, Last], news.Blocks.Select(b => b.Text));
    }

    public static TheoryData<string, (string, string)[]> BodyBlocks() => new()
    {
        // "More than …" is a sentence, not a label.
        { "More than 200 people were evacuated on Sunday after the river rose above its banks, and officials said shelters in three counties were full by nightfall, with more rain expected.", [("evacuated", Elsewhere)] },
        // A label, but mostly plain text.
        { "More: The council also approved a plan to repave Main Street, which has been closed since March, according to the minutes.", [("the minutes", Elsewhere)] },
        // A free kicker needs exactly one link.
        { "Internal memo: First part and second part", [("First part", Elsewhere), ("second part", Other)] },
        // ... to another story of the same site, whose text reads as a headline: a labelled name is the body's own.
        { "Internal memo: Read the full text of the CEO’s email", [("Read the full text of the CEO’s email", Elsewhere)] },
        { "Where to watch: Prime Video", [("Prime Video", Other)] },
        { "Best overall: Hoka Speedgoat 7", [("Hoka Speedgoat 7", Other)] },
        { "Jump to: Council approves budget after long night", [("Council approves budget after long night", Address + "#budget")] },
        // A label of more than four words.
        { "This is what happened next in the story: Council approves budget", [("Council approves budget", Elsewhere)] },
        // Without a colon only labels that say "read on" count: "Follow us" is the sentence's own.
        { "Follow us on the council's channel", [("on the council's channel", Elsewhere)] },
        // No link at all.
        { "Related: Council approves budget after long night", [] },
        // A link that is not http(s).
        { "Related: Email the newsroom", [("Email the newsroom", "mailto:news@news.example")] },
    };

    [Theory]
    [MemberData(nameof(BodyBlocks))]
    public void Block_that_is_mostly_text_or_not_a_labelled_link_stays_in_the_body(string block, (string, string)[] links)
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked(block, links), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Empty(news.MoreLinks);
        Assert.Equal(3, news.Blocks.Count);
    }

    [Fact]
    public void Paragraph_that_is_one_same_site_link_between_body_paragraphs_is_a_more_link()
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked("Council approves budget after long night", ("Council approves budget after long night", Other)), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri("https://www.news.example/2024/05/01/story/"));

        MoreLink link = Assert.Single(news.MoreLinks);
        Assert.Equal(new Uri(Other), link.Url);
        Assert.Equal(0, link.AfterParagraph);
        Assert.Equal(2, news.Blocks.Count);
    }

    [Theory]
    [InlineData("https://www.news.example/2024/05/01/story/#venue-3")]
    [InlineData("https://news.example/2024/05/01/story/")]
    public void Paragraph_that_is_one_link_into_the_page_itself_leaves_the_body_without_a_more_link(string href)
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked("View in the list below", ("View in the list below", href)), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Empty(news.MoreLinks);
        Assert.Equal([First, Last], news.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Paragraph_that_is_one_link_to_another_site_stays_in_the_body()
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked("Council approves budget after long night", ("Council approves budget after long night", Elsewhere)), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Empty(news.MoreLinks);
        Assert.Equal(3, news.Blocks.Count);
    }

    [Fact]
    public void Same_site_link_paragraph_at_the_end_is_not_between_body_paragraphs_and_stays()
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked("Council approves budget after long night", ("Council approves budget after long night", Other)) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Empty(news.MoreLinks);
    }

    [Fact]
    public void More_link_before_the_first_paragraph_has_after_paragraph_minus_one()
    {
        var blocks = new List<BodyBlock> { Blocks.Linked("Related: Council approves budget", ("Council approves budget", Elsewhere)), Blocks.Block(First) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Equal(-1, Assert.Single(news.MoreLinks).AfterParagraph);
    }

    [Fact]
    public void Labelled_block_with_two_links_gives_two_more_links_in_order()
    {
        var blocks = new List<BodyBlock>
        {
            Blocks.Block(First),
            Blocks.Block("Second paragraph of the story."),
            Blocks.Linked("Related: Budget passes | Taxes rise", ("Budget passes", Other), ("Taxes rise", Elsewhere)),
            Blocks.Block(Last),
        };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Equal([("Budget passes", 1), ("Taxes rise", 1)], news.MoreLinks.Select(l => (l.Text, l.AfterParagraph)));
    }

    [Fact]
    public void More_link_index_follows_the_paragraphs_left_after_the_dateline_drops_a_byline()
    {
        var blocks = new List<BodyBlock>
        {
            Blocks.Block("By Jane Doe"),
            Blocks.Block("WASHINGTON (AP) — The Senate voted."),
            Blocks.Linked("More: Senate passes bill", ("Senate passes bill", Other)),
            Blocks.Block(Last),
        };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, new Uri(Address));

        Assert.Equal(0, Assert.Single(news.MoreLinks).AfterParagraph);
        Assert.Equal(["The Senate voted.", Last], news.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Relative_link_without_a_page_address_stays_in_the_body()
    {
        var blocks = new List<BodyBlock> { Blocks.Block(First), Blocks.Linked("More: Senate passes bill", ("Senate passes bill", "/2024/senate")), Blocks.Block(Last) };

        NewsStructure news = NewsAnalyzer.Analyze(blocks, null);

        Assert.Empty(news.MoreLinks);
        Assert.Equal(3, news.Blocks.Count);
    }
}
