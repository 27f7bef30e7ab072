using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class AuthorTests
{
    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Written by Jane Doe, John Roe & Ann Poe", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    [InlineData("Jane Doe, Staff Writer", new[] { "Jane Doe" })]
    [InlineData("Dylan Bailey, MS, RD", new[] { "Dylan Bailey, MS, RD" })]
    [InlineData("Holly Wilgus, E-RYT 200", new[] { "Holly Wilgus, E-RYT 200" })]
    [InlineData("Ana Lima, Ph.D.", new[] { "Ana Lima, Ph.D." })]
    [InlineData("Ana Lima, PhD, and Jo Park, MSc", new[] { "Ana Lima, PhD", "Jo Park, MSc" })]
    [InlineData("Ana Lima, Jo Park", new[] { "Ana Lima", "Jo Park" })]
    [InlineData("Jane Doe, MD 2025", new[] { "Jane Doe, MD" })]
    [InlineData("ByJane Doe", new[] { "Jane Doe" })]
    [InlineData("Jane Doe December 2, 2025", new[] { "Jane Doe" })]
    [InlineData("Von Anna Schmidt und Peter Weber", new[] { "Anna Schmidt", "Peter Weber" })]
    [InlineData("https://www.facebook.com/janedoe", new string[0])]
    [InlineData("admin", new[] { "admin" })]
    [InlineData("BeauHD on Friday", new[] { "BeauHD" })]
    [InlineData("Sönke Hahn and Julian K. Arni", new[] { "Sönke Hahn", "Julian K. Arni" })]
    [InlineData("By signing up, you agree to our Privacy Policy", new string[0])]
    [InlineData("More About MixmasterFred »", new[] { "MixmasterFred" })]
    [InlineData("The Investopedia Team", new[] { "The Investopedia Team" })]
    [InlineData("Sat, 20 Dec", new string[0])]
    [InlineData("Harry Rabinowitz Tech Reporter", new[] { "Harry Rabinowitz" })]
    [InlineData("Meghan Neville Content Marketing Coordinator", new[] { "Meghan Neville" })]
    [InlineData("TOI Lifestyle Desk", new[] { "TOI Lifestyle Desk" })]
    [InlineData("Susan", new[] { "Susan" })]
    [InlineData("Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan", new[] { "Justin C. Meserole" })]
    [InlineData("Ana Lima, reporter at The Ledger, and Jo Park", new[] { "Ana Lima", "Jo Park" })]
    [InlineData("The Author", new string[0])]
    [InlineData("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group", new[] { "Niko Matsakis" })]
    [InlineData("This post was written by Danielle Padula, Head of Marketing and Community Development", new[] { "Danielle Padula" })]
    [InlineData("Jane Doe, Professor of History and Economics, and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe, Staff Writer and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("About the author", new string[0])]
    public void Raw_bylines_become_clean_names(string raw, string[] expected)
    {
        Assert.Equal(expected, AuthorNames.Parse(raw));
    }

    [Fact]
    public void Byline_after_the_article_is_found_when_the_article_has_none()
    {
        string spans = string.Concat(Enumerable.Range(0, 50).Select(i => $"<span class=c{i}>Word {i}</span>"));
        PageMetadata m = Html.Read("", $"""<article><h1>Title here</h1>{spans}<p>Body of the story.</p></article><p>By Ana Lima</p>""");
        Assert.Equal(["Ana Lima"], m.Authors);
    }

    [Fact]
    public void Elements_of_the_article_count_towards_the_page_scan_limit_when_the_page_is_searched()
    {
        // The article alone fills the page walk's limit of 4000 line elements: a byline after it is past the limit.
        string spans = string.Concat(Enumerable.Range(0, 4000).Select(i => $"<span>w{i}</span>"));
        PageMetadata m = Html.Read("", $"""<article><h1>Title here</h1>{spans}</article><p>By Ana Lima</p>""");
        Assert.Empty(m.Authors);

        string fewer = string.Concat(Enumerable.Range(0, 3990).Select(i => $"<span>w{i}</span>"));
        Assert.Equal(["Ana Lima"], Html.Read("", $"""<article><h1>Title here</h1>{fewer}</article><p>By Ana Lima</p>""").Authors);
    }

    [Fact]
    public void Author_box_name_is_found_below_the_article_whatever_the_case_of_its_class()
    {
        PageMetadata m = Html.Read("", """<article><h1>Consulting offers</h1><p>Body.</p></article><div><span class="Author-Box__NAME">Liz Kenny</span></div>""");
        Assert.Equal(["Liz Kenny"], m.Authors);
    }

    [Fact]
    public void Only_the_first_ten_author_boxes_of_the_page_are_read()
    {
        string empty = string.Concat(Enumerable.Range(0, 10).Select(_ => "<span class=author-box__name></span>"));
        PageMetadata m = Html.Read("", $"""<article><h1>Consulting offers</h1>{empty}</article><span class="author-box__name">Liz Kenny</span>""");
        Assert.Empty(m.Authors);

        string fewer = string.Concat(Enumerable.Range(0, 9).Select(_ => "<span class=author-box__name></span>"));
        Assert.Equal(["Liz Kenny"], Html.Read("", $"""<article><h1>Consulting offers</h1>{fewer}</article><span class="author-box__name">Liz Kenny</span>""").Authors);
    }

    [Fact]
    public void Rel_author_link_names_the_author()
    {
        PageMetadata m = Html.Read("", """<article><h1>Title here</h1><span class="meta">Posted by <a rel="author" href="/u/7">Priya Nair</a></span></article>""");

        Assert.Equal(["Priya Nair"], m.Authors);
    }

    [Fact]
    public void Byline_class_element_is_read_and_By_is_stripped()
    {
        PageMetadata m = Html.Read("", """<article><h1>Title here</h1><div class="story-byline">By <span>Tom Otis</span> and <span>Lu Wen</span></div><p>Body.</p></article>""");

        Assert.Equal(["Tom Otis", "Lu Wen"], m.Authors);
    }

    [Fact]
    public void Author_bio_box_is_not_a_byline()
    {
        PageMetadata m = Html.Read("", """<article><h1>T</h1><p>Text.</p><div class="author-bio">About the author: Tom Otis writes about trains.</div></article>""");

        Assert.Empty(m.Authors);
    }

    [Fact]
    public void Label_heading_inside_a_byline_box_takes_the_name_after_it_and_not_the_buttons()
    {
        PageMetadata m = Html.Read("", """<article><p>Body text of the article.</p></article><div class="grid"><figure><img src="me.webp" alt="Me"></figure><div><h2>Article by</h2><div>Matias Heikkilä</div><div><button>Let's talk</button><button>Subscribe</button></div></div></div>""");

        Assert.Equal(["Matias Heikkilä"], m.Authors);
    }

    [Fact]
    public void Names_that_are_each_a_link_after_a_written_by_label_are_separate_authors()
    {
        PageMetadata m = Html.Read("", """<article><p>Body text of the article.</p></article><span>Written by: <ul><li><a href="/authors/emily-walker/">Emily Walker</a></li><li><a href="/authors/casey-mcdevitt/">Casey McDevitt</a></li></ul></span>""");

        Assert.Equal(["Emily Walker", "Casey McDevitt"], m.Authors);
    }

    [Theory]
    [InlineData("Roy, Aniruddha", "Aniruddha Roy")]
    [InlineData("Pereira, Fernando C.", "Fernando C. Pereira")]
    [InlineData("van der Berg, Anna", "van der Berg, Anna")]
    [InlineData("Jane Doe, MD", "Jane Doe, MD")]
    [InlineData("Jane Doe, Staff", "Jane Doe, Staff")]
    [InlineData("Doe, Jane, Roe, John", "Doe, Jane, Roe, John")]
    public void Surname_first_scholarly_names_read_given_names_first(string raw, string expected)
    {
        Assert.Equal(expected, AuthorNames.SurnameLast(raw));
    }

    [Fact]
    public void Citation_author_tags_are_one_person_each_surname_first()
    {
        PageMetadata m = Html.Read("""<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti">""", """<article><p>Body text of the article.</p></article>""");

        Assert.Equal(["Aniruddha Roy", "Jyoti Patel"], m.Authors);
    }

    [Fact]
    public void Line_opening_with_the_word_author_before_lower_case_words_is_no_byline()
    {
        PageMetadata m = Html.Read("", """<article><h1>Scholarly metadata</h1><h2>Author names</h2><p>Body text of the article.</p></article>""");

        Assert.Empty(m.Authors);
    }

    [Fact]
    public void Lower_case_handle_after_a_label_element_is_the_author()
    {
        PageMetadata m = Html.Read("", """<section><p>By:</p><p>cassidoo</p></section><article><p>Body text of the article.</p></article>""");

        Assert.Equal(["cassidoo"], m.Authors);
    }

    [Fact]
    public void Written_by_label_followed_by_the_name_element()
    {
        PageMetadata m = Html.Read("", """<div><p>Written by</p><p>Edzel Tabing</p></div><article><p>Body text of the article.</p></article>""");

        Assert.Equal(["Edzel Tabing"], m.Authors);
    }

    [Fact]
    public void Itemprop_author_with_name_is_read()
    {
        PageMetadata m = Html.Read("", """<div itemprop="author" itemscope><span itemprop="name">Carla Ruiz</span></div>""");

        Assert.Equal(["Carla Ruiz"], m.Authors);
    }

    [Fact]
    public void Byline_on_its_own_line_inside_a_br_block_is_read()
    {
        PageMetadata m = Html.Read("", """<td><font class="dateline">Posted: Wednesday, November 9, 2011 10:14 AM CST<br>By Earl Whitaker, Record Staff Writer</font><br><br><div>Voters approved the bond on Tuesday after a long campaign by supporters of the library.</div></td>""");

        Assert.Equal(["Earl Whitaker"], m.Authors);
        Assert.Equal(new DateTimeOffset(2011, 11, 9, 0, 0, 0, TimeSpan.Zero), m.Published);
    }

    [Fact]
    public void Lower_case_by_label_before_a_capitalised_name_is_read()
    {
        PageMetadata m = Html.Read("", """<main><h1>Mini engine</h1><p class="text-xl">by: <!-- -->Ziyi Xu<!-- -->, Dec 17, 2025</p><p>Body of the post, long enough to be prose.</p></main>""");

        Assert.Equal(["Ziyi Xu"], m.Authors);
    }

    [Fact]
    public void Prose_starting_with_by_is_not_a_byline()
    {
        PageMetadata m = Html.Read("", """<main><h1>Budget</h1><h2>By the numbers</h2><p>by the way, the council met.</p></main>""");

        Assert.Empty(m.Authors);
    }

    [Fact]
    public void The_name_in_an_author_box_is_the_author_when_the_page_has_no_byline()
    {
        PageMetadata m = Html.Read("", """<article><h1>Consulting offers</h1><p>Body.</p><div class="elementor-author-box"><img alt="Picture of Liz Kenny"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name"> Liz Kenny </h4><p class="elementor-author-box__bio">Liz coaches consultants.</p></div></div></article>""");

        Assert.Equal(["Liz Kenny"], m.Authors);
    }
}
