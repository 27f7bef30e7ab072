using Extractor.Cleaning;
using Extractor.Tests.Content;

namespace Extractor.Tests.Cleaning;

public sealed class TailHeadingsTests
{
    [Theory]
    [InlineData("Related posts")]
    [InlineData("Suggested articles")]
    [InlineData("Recent Blogs")]
    [InlineData("Related articles that may interest you")]
    [InlineData("You may be interested in the following topics as well:")]
    [InlineData("Article Sources:")]
    [InlineData("References & Sources")]
    [InlineData("How we reviewed this article:")]
    [InlineData("Add A Comment")]
    [InlineData("Share it!")]
    [InlineData("Contact us")]
    [InlineData("GET IN TOUCH WITH ONE OF OUR EXPERTS")]
    [InlineData("Request a free consultation for accounting services")]
    [InlineData("Still have questions?")]
    [InlineData("How Was This Issue?")]
    [InlineData("Here's The Unsubscribe")]
    [InlineData("Was this article helpful?")]
    [InlineData("Author")]
    [InlineData("Already have an account? Log in")]
    [InlineData("This article is exclusive to STAT+ subscribers")]
    [InlineData("STAT+ Exclusive Story")]
    [InlineData("To read the rest of this story subscribe to STAT+.")]
    [InlineData("Subscribe to continue reading")]
    [InlineData("About Example Media")]
    [InlineData("About DataWorks")]
    [InlineData("Latest posts by Jane Doe (see all)")]
    [InlineData("Get more travel content")]
    [InlineData("Get more real-time trends with Example")]
    [InlineData("How useful was this post?")]
    [InlineData("Click on a star to rate it!")]
    [InlineData("Help us improve this page")]
    [InlineData("Print This Page")]
    [InlineData("Like this:")]
    [InlineData("Editor's note")]
    [InlineData("More useful information")]
    [InlineData("Explore More Profitable Franchise Opportunities")]
    [InlineData("Hiring Guides To Check Out")]
    public void Headings_that_open_the_tail_after_an_article_match(string heading) =>
        Assert.True(TailHeadings.Matches(heading));

    [Theory]
    [InlineData("Sources of the river")]
    [InlineData("How we reviewed the data")]
    [InlineData("Related costs you should plan for")]
    [InlineData("What readers told us")]
    [InlineData("How to get in touch with your landlord when the heating fails")]
    [InlineData("Already have an account with your bank? Here is what to bring")]
    [InlineData("About the study")]
    [InlineData("About three weeks later")]
    [InlineData("Get more sleep")]
    [InlineData("Check Out More College Preparation Resources")]
    [InlineData("Places in the old town you have to check out before you leave the city for good")]
    public void Headings_of_the_article_itself_do_not_match(string heading) =>
        Assert.False(TailHeadings.Matches(heading));

    [Theory]
    [InlineData("Related:")]
    [InlineData("Related Topics:")]
    [InlineData("Suggested reading:")]
    public void Related_and_suggested_labels_open_the_tail_only_as_headings(string line)
    {
        Assert.True(TailHeadings.Matches(line));
        Assert.False(TailHeadings.MatchesLine(line));
    }

    [Fact]
    public void Short_line_standing_in_for_a_heading_cuts_the_sources_list_after_the_text()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p><strong>Article Sources:</strong></p>
            <p>https://finance.example.org/news/major-home-appliances-market-2023-070000949.html and the annual report of the trade body.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void Paywall_prompt_after_the_text_cuts_the_price_table()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <div class="gate"><p>Already have an account? Log in</p>
            <p>Monthly plan with unlimited access to every story, newsletter and event, billed every month.</p>
            <p>$39</p><p>Annual plan with unlimited access, fifteen percent cheaper than paying month by month.</p></div>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Theory]
    [InlineData("Become a paid subscriber to Example to unlock this piece and learn about:")]
    [InlineData("Subscribe now to read the full story.")]
    [InlineData("Upgrade today to continue reading this article and every other story on the site.")]
    public void Paywall_prompts_are_recognised(string text) => Assert.True(TailHeadings.IsPaywallPrompt(text));

    [Theory]
    [InlineData("Join us at the Example Summit 2026, our flagship annual event, to unlock new possibilities in cloud and AI.")]
    [InlineData("Subscribers to the service said they wanted to read the full report before voting.")]
    public void Invitations_and_sentences_about_subscribers_are_not_paywall_prompts(string text) =>
        Assert.False(TailHeadings.IsPaywallPrompt(text));

    [Theory]
    [InlineData("This article was originally written by Jane Doe.")]
    [InlineData("Editor’s Note: This article also appeared in the May/June 2024 issue of Example magazine.")]
    [InlineData("This story was developed in partnership with Example Catering by the branded content team.")]
    [InlineData("Originally published on Example Review.")]
    [InlineData("This story about tutoring was written by Jane Doe and produced by Example Report, a nonprofit newsroom.")]
    [InlineData("Contact staff writer Jane Doe at 212-555-0100 or doe@example.org.")]
    public void Notes_on_where_the_article_comes_from_are_origin_notes(string text) =>
        Assert.True(TailHeadings.IsOriginNote(text));

    [Theory]
    [InlineData("Editor's note, Nov. 11, 2022: This story has been updated to include additional comments from researchers.")]
    [InlineData("This article explains how the originally published figures were revised.")]
    [InlineData("This story about the mill was told to me by my grandmother.")]
    [InlineData("Contact with the writer was lost at sea in 1912, the museum says.")]
    public void Update_notes_and_sentences_about_origins_are_not_origin_notes(string text) =>
        Assert.False(TailHeadings.IsOriginNote(text));

    [Fact]
    public void Origin_note_after_the_text_is_cut_with_what_follows()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>This article was originally written by Jane Doe.</p>
            <p>The magazine aims to bring you inspiration from leading experts, and it is committed to helping you grow.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Theory]
    [InlineData("The post A headline about things appeared first on Example Marketing.", "A headline about things")]
    [InlineData("The post Why 2025: What Changes appeared first on SEO SERVICES.", "Why 2025: What Changes")]
    [InlineData("The post by the senator, since deleted, appeared first on Truth Social.", "by the senator, since deleted,")]
    public void Feed_footers_name_the_title_between_their_fixed_words(string text, string title) =>
        Assert.Equal(title, TailHeadings.FeedFooterTitle(text));

    [Fact]
    public void Feed_footer_naming_the_headline_is_dropped_from_the_end()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>The post <a href="https://example.com/things">A headline about things</a> appeared first on <a href="https://example.com/">Example Marketing</a>.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void Sentence_shaped_like_a_feed_footer_stays()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>The post by the senator, since deleted, appeared first on Truth Social.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(4, texts.Length);
        Assert.StartsWith("The post by the senator", texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Paywall_prompt_after_the_text_is_cut_with_the_teaser_that_follows()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p><strong>Become a paid subscriber to Example to unlock this piece and learn about:</strong></p>
            <ol><li>The planning template that means never starting a quarterly document from a blank page again.</li>
            <li>Why your next plan should start from the customer interviews rather than last year's spreadsheet.</li></ol>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void Tail_heading_cuts_a_tail_heavier_than_a_short_article()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <h2>Contact Us</h2>
            <p>Let us help! Call our office or fill out the quick form, and one of our specialists will get back to you within a day.</p>
            <p>Our team has served the region for twenty years, with offices in three cities and a help line open every day.</p>
            <p>Visit the main office downtown on weekdays, or ask for a home visit at a time that suits you and your family.</p>
            <p>Every estimate is free, written, and valid for a month, and there is never a charge for a second opinion.</p>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 3);
    }

    [Fact]
    public void Tail_wording_as_a_plain_line_early_in_the_text_does_not_cut_it()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            <p>Contact us</p>
            {ContentPipeline.Paragraph(3)}{ContentPipeline.Paragraph(4)}{ContentPipeline.Paragraph(5)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains(texts, t => t.StartsWith("Paragraph 5", StringComparison.Ordinal));
    }
}
