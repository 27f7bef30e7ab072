using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class AuthorChooserTests
{
    [Fact]
    public void Author_that_is_the_site_name_gives_way_to_the_person_in_the_byline()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:site_name" content="Harbour Health Trust">""" + Html.JsonLd("""{"@type":"Article","headline":"Seven cheap meals","author":{"@type":"Person","name":"Harbour Health Trust"}}"""),
            """<article><h1>Seven cheap meals</h1><div class="byline">By Nora Quill</div><p>Body text.</p></article>""");

        Assert.Equal(["Nora Quill"], m.Authors);
    }

    [Fact]
    public void Author_meta_naming_the_publisher_gives_way_to_the_byline()
    {
        PageMetadata m = Html.Read(
            """<meta name="author" content="Greenleaf Weekly">""" + Html.JsonLd("""{"@type":"NewsArticle","headline":"Trees","publisher":{"@type":"Organization","name":"Greenleaf Weekly"}}"""),
            """<article><h1>Trees</h1><span class="meta">by Ivo Brandt</span><p>Body text.</p></article>""");

        Assert.Equal(["Ivo Brandt"], m.Authors);
    }

    [Fact]
    public void Byline_name_followed_by_credentials_replaces_a_site_name_author()
    {
        PageMetadata m = Html.Read(
            """<meta name="author" content="Greenleaf Weekly">""" + Html.JsonLd("""{"@type":"NewsArticle","headline":"Trees","publisher":{"@type":"Organization","name":"Greenleaf Weekly"}}"""),
            """<article><h1>Trees</h1><span class="meta">by Ivo Brandt, E-RYT 200</span><p>Body text.</p></article>""");

        Assert.Equal(["Ivo Brandt, E-RYT 200"], m.Authors);
    }

    [Fact]
    public void Site_name_author_stays_when_the_byline_holds_no_full_name()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:site_name" content="Tamsin Achebe"><meta name="author" content="Tamsin Achebe">""",
            """<article><h1>Notes on compilers</h1><div class="author-links"><a href="https://social.example/@t">Bluesky</a></div><p>Body text.</p></article>""");

        Assert.Equal(["Tamsin Achebe"], m.Authors);
    }

    [Theory]
    [InlineData("andrew.keaveney")]
    [InlineData("page.head.extra.author")]
    public void Login_in_the_author_meta_gives_way_to_the_full_name_in_the_byline(string login)
    {
        PageMetadata m = Html.Read(
            $"""<meta name="author" content="{login}">""",
            """<article><h1>Meditation for beginners</h1><p class="byline">By Denise Everheart</p><p>Body text.</p></article>""");

        Assert.Equal(["Denise Everheart"], m.Authors);
    }

    [Fact]
    public void Login_in_the_author_meta_stays_when_nothing_else_names_anyone()
    {
        PageMetadata m = Html.Read("""<meta name="author" content="sara.r.peter">""", """<article><h1>Notes</h1><p>Body text.</p></article>""");

        Assert.Equal(["sara.r.peter"], m.Authors);
    }

    [Theory]
    [InlineData("98 Buck Social")]
    [InlineData("Luxury Travel Expert")]
    public void Site_name_author_is_kept_as_written_when_nothing_else_names_anyone(string site)
    {
        PageMetadata m = Html.Read(
            $"""<meta property="og:site_name" content="{site}"><meta name="author" content="{site}">""",
            """<article><h1>Ten ways to grow a following</h1><p>Body text.</p></article>""");

        Assert.Equal([site], m.Authors);
    }

    [Fact]
    public void Site_name_author_with_digits_still_gives_way_to_the_person_in_the_byline()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:site_name" content="98 Buck Social"><meta name="author" content="98 Buck Social">""",
            """<article><h1>Ten ways to grow a following</h1><div class="byline">By Nora Quill</div><p>Body text.</p></article>""");

        Assert.Equal(["Nora Quill"], m.Authors);
    }

    [Fact]
    public void Author_named_like_the_host_is_the_site()
    {
        PageMetadata m = Html.Read(
            """<meta name="author" content="Riverbend">""",
            """<article><h1>Flood maps</h1><p class="byline">By Sam Okafor</p><p>Body text.</p></article>""",
            new Uri("https://www.riverbend.example/news/flood-maps"));

        Assert.Equal(["Sam Okafor"], m.Authors);
    }

    [Fact]
    public void Person_author_different_from_the_site_is_kept()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:site_name" content="Riverbend"><meta name="author" content="Lena Marsh">""",
            """<article><h1>Flood maps</h1><p class="byline">By Sam Okafor</p></article>""");

        Assert.Equal(["Lena Marsh"], m.Authors);
    }

    [Theory]
    [InlineData("Jane Doe", true)]
    [InlineData("Julian K. Arni", true)]
    [InlineData("Bluesky", false)]
    [InlineData("jane doe", false)]
    public void Full_name_is_two_capitalised_words_or_more(string name, bool expected)
    {
        Assert.Equal(expected, AuthorChooser.LooksLikeFullName(name));
    }

    [Fact]
    public void Trailing_bullet_after_a_name_is_dropped()
    {
        Assert.Equal(["Meg Ryland"], AuthorNames.Parse("by Meg Ryland ●"));
    }

    [Fact]
    public void Twitter_card_label_written_by_names_the_author()
    {
        PageMetadata m = Html.Read(
            """<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Rosa Lindqvist"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="6 minutes">""",
            "<article><h1>Query plans</h1><p>Body.</p></article>");

        Assert.Equal(["Rosa Lindqvist"], m.Authors);
    }

    [Fact]
    public void Twitter_card_label_that_is_not_about_the_author_is_ignored()
    {
        PageMetadata m = Html.Read(
            """<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="6 minutes">""",
            "<article><h1>Query plans</h1><p>Body.</p></article>");

        Assert.Empty(m.Authors);
    }

    [Fact]
    public void Contributors_label_introduces_the_name()
    {
        PageMetadata m = Html.Read("", "<article><h1>Shade plants</h1><div><strong>Contributors:</strong> Ada Wren</div><p>Body.</p></article>");

        Assert.Equal(["Ada Wren"], m.Authors);
    }

    [Fact]
    public void Link_to_a_contributor_page_names_the_author()
    {
        PageMetadata m = Html.Read("", """<article><h1>DC motors</h1><p>By <a href="/magazine/contributor/a_j_neal">A. J. Neal</a> <a class="btn" href="/issue/33">View In Digital Edition Online Now</a></p><p>Body.</p></article>""");

        Assert.Equal(["A. J. Neal"], m.Authors);
    }

    [Fact]
    public void Link_to_a_profiles_page_names_the_author()
    {
        PageMetadata m = Html.Read("", """<article><h1>Smartphone habits</h1><p><a href="https://theconversation.example/profiles/shelia-r-cotten-309429">Shelia R. Cotten</a>, <em>Clemson University</em></p><p>Body.</p></article>""");

        Assert.Equal(["Shelia R. Cotten"], m.Authors);
    }

    [Theory]
    [InlineData("Dec. 19, 2025 · Niko Ahl", "Niko Ahl")]
    [InlineData("19 March 2024 | Jane Doe", "Jane Doe")]
    [InlineData("2025-12-19 Jane Doe", "Jane Doe")]
    public void Date_written_before_the_name_is_dropped(string raw, string expected)
    {
        Assert.Equal([expected], AuthorNames.Parse(raw));
    }

    [Fact]
    public void Link_to_the_index_of_all_authors_is_not_an_author()
    {
        PageMetadata m = Html.Read("", """<nav><a href="/about/staff/">Meet Our Staff</a></nav><article><h1>Harbour tides</h1><p>Body.</p></article>""");

        Assert.Empty(m.Authors);
    }

    [Fact]
    public void Reviewer_linked_in_the_byline_is_not_an_author()
    {
        PageMetadata m = Html.Read("", """<article><h1>Puppy training</h1><div class="author-line">By <a href="/author/dr-ana-vel">Ana Vel, DVM</a>. Reviewed by <a href="/author/dr-tom-ruiz">Tom Ruiz, DVM</a></div><p>Body.</p></article>""");

        Assert.Equal(["Ana Vel, DVM"], m.Authors);
    }

    [Fact]
    public void Publisher_named_after_the_people_is_dropped_from_the_authors()
    {
        PageMetadata m = Html.Read(
            Html.JsonLd("""{"@type":"NewsArticle","headline":"Calm minds","author":{"@type":"Person","name":"Mina Cole and Raj Patel, The Valley Ledger"},"publisher":{"@type":"Organization","name":"The Valley Ledger"}}"""),
            "<article><h1>Calm minds</h1><p>Body.</p></article>");

        Assert.Equal(["Mina Cole", "Raj Patel"], m.Authors);
    }

    [Fact]
    public void Profile_path_after_a_fragment_is_not_an_author_page()
    {
        PageMetadata m = Html.Read("", """<header><a href="https://members.example/s/#/profile/my_info">Member Login</a></header><article><h1>Clinic news</h1><p>Body.</p></article>""");

        Assert.Empty(m.Authors);
    }
}
