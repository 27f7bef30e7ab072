using Extractor.Content;
using Extractor.News;
using Extractor.Rendering;

namespace Extractor.Tests.News;

/// <summary>Datelines as the wires write them, and the openings that only look like one.</summary>
public sealed class DatelineTests
{
    public static TheoryData<string, string, string?, string?, string?, string> Datelines() => new()
    {
        // text, dateline as written, location, agency, date, what the paragraph keeps
        { "WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —", "WASHINGTON", "AP", null, "The Senate voted on Tuesday." },
        { "SANTA FE, N.M. (AP) — A judge ruled.", "SANTA FE, N.M. (AP) —", "SANTA FE, N.M.", "AP", null, "A judge ruled." },
        { "PARIS, Aug 31 (Reuters) - France's economy grew.", "PARIS, Aug 31 (Reuters) -", "PARIS", "Reuters", "Aug 31", "France's economy grew." },
        { "Dec 29 (Reuters) - Oil prices rose on Wednesday.", "Dec 29 (Reuters) -", null, "Reuters", "Dec 29", "Oil prices rose on Wednesday." },
        { "WASHINGTON/NEW YORK (Reuters) - The U.S. Treasury said.", "WASHINGTON/NEW YORK (Reuters) -", "WASHINGTON/NEW YORK", "Reuters", null, "The U.S. Treasury said." },
        { "NEW YORK, Dec. 14 (UPI) — Stocks fell.", "NEW YORK, Dec. 14 (UPI) —", "NEW YORK", "UPI", "Dec. 14", "Stocks fell." },
        { "Washington (AFP) – US President Joe Biden said.", "Washington (AFP) –", "Washington", "AFP", null, "US President Joe Biden said." },
        { "(CNN) President Joe Biden on Friday signed the bill.", "(CNN)", null, "CNN", null, "President Joe Biden on Friday signed the bill." },
        { "(CNN)President Joe Biden signed the bill.", "(CNN)", null, "CNN", null, "President Joe Biden signed the bill." },
        { "Hong Kong (CNN Business) Chinese tech giant Tencent fell.", "Hong Kong (CNN Business)", "Hong Kong", "CNN Business", null, "Chinese tech giant Tencent fell." },
        { "CLEVELAND, Ohio – A man was charged.", "CLEVELAND, Ohio –", "CLEVELAND, Ohio", null, null, "A man was charged." },
        { "Dekalb, Ill. — The city council met.", "Dekalb, Ill. —", "Dekalb, Ill.", null, null, "The city council met." },
        { "NEW DELHI: The government on Monday announced a plan.", "NEW DELHI:", "NEW DELHI", null, null, "The government on Monday announced a plan." },
        { "NEW\u00a0YORK (AP)\u00a0— Stocks fell.", "NEW\u00a0YORK (AP)\u00a0—", "NEW\u00a0YORK", "AP", null, "Stocks fell." },
        { "WASHINGTON —\u00a0The president spoke.", "WASHINGTON —", "WASHINGTON", null, null, "The president spoke." },
        { "WASHINGTON –\u00a0The Biden administration quietly addressed it.", "WASHINGTON –", "WASHINGTON", null, null, "The Biden administration quietly addressed it." },
        { "SEOUL, South Korea (AP) — North Korea fired a missile.", "SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP", null, "North Korea fired a missile." },
        { "LONDON (Reuters) - Britain's inflation eased.", "LONDON (Reuters) -", "LONDON", "Reuters", null, "Britain's inflation eased." },
        { "KYIV, Ukraine (AP) — Russian drones struck.", "KYIV, Ukraine (AP) —", "KYIV, Ukraine", "AP", null, "Russian drones struck." },
        { "ST. LOUIS (AP) — A jury found.", "ST. LOUIS (AP) —", "ST. LOUIS", "AP", null, "A jury found." },
        { "WINSTON-SALEM, N.C. (AP) — Police said.", "WINSTON-SALEM, N.C. (AP) —", "WINSTON-SALEM, N.C.", "AP", null, "Police said." },
        { "RIO DE JANEIRO (AP) — Floods killed dozens.", "RIO DE JANEIRO (AP) —", "RIO DE JANEIRO", "AP", null, "Floods killed dozens." },
        { "Washington – The Biden administration quietly addressed it.", "Washington –", "Washington", null, null, "The Biden administration quietly addressed it." },
        { "WASHINGTON—The president spoke.", "WASHINGTON—", "WASHINGTON", null, null, "The president spoke." },
        { "WASHINGTON -- The president spoke.", "WASHINGTON --", "WASHINGTON", null, null, "The president spoke." },
        { "TOKYO, Sept. 3 (Reuters) - Japan's factory output rose.", "TOKYO, Sept. 3 (Reuters) -", "TOKYO", "Reuters", "Sept. 3", "Japan's factory output rose." },
        { "MUMBAI: Shares ended higher on Friday.", "MUMBAI:", "MUMBAI", null, null, "Shares ended higher on Friday." },
        { "ISLAMABAD: Pakistan's cabinet met.", "ISLAMABAD:", "ISLAMABAD", null, null, "Pakistan's cabinet met." },
        { "JERUSALEM (AP) ― Israel's parliament voted.", "JERUSALEM (AP) ―", "JERUSALEM", "AP", null, "Israel's parliament voted." },
        { "Paris (AFP) - France will ban the sale.", "Paris (AFP) -", "Paris", "AFP", null, "France will ban the sale." },
        { "(Reuters) - Tesla Inc cut prices.", "(Reuters) -", null, "Reuters", null, "Tesla Inc cut prices." },
        { "(CNN Business) — Apple unveiled a phone.", "(CNN Business) —", null, "CNN Business", null, "Apple unveiled a phone." },
        { "BERLIN, March 3 (dpa) - Germany's unions struck.", "BERLIN, March 3 (dpa) -", "BERLIN", "dpa", "March 3", "Germany's unions struck." },
        { "BEIJING, Jan. 5 (Xinhua) -- China's exports rose.", "BEIJING, Jan. 5 (Xinhua) --", "BEIJING", "Xinhua", "Jan. 5", "China's exports rose." },
        { "NEW DELHI, Oct 12 (PTI) The Supreme Court on Monday said.", "NEW DELHI, Oct 12 (PTI)", "NEW DELHI", "PTI", "Oct 12", "The Supreme Court on Monday said." },
        { "MADRID (EFE) — Spain's government approved.", "MADRID (EFE) —", "MADRID", "EFE", null, "Spain's government approved." },
        { "ROME (ANSA) - Italy's premier said.", "ROME (ANSA) -", "ROME", "ANSA", null, "Italy's premier said." },
        { "TOKYO (Kyodo) -- Japan's cabinet approved.", "TOKYO (Kyodo) --", "TOKYO", "Kyodo", null, "Japan's cabinet approved." },
        { "SEOUL, June 5 (Yonhap) -- South Korea's exports rose.", "SEOUL, June 5 (Yonhap) --", "SEOUL", "Yonhap", "June 5", "South Korea's exports rose." },
        { "MOSCOW (TASS) - The Kremlin said.", "MOSCOW (TASS) -", "MOSCOW", "TASS", null, "The Kremlin said." },
        { "HARTFORD, Conn. — Lawmakers passed a budget.", "HARTFORD, Conn. —", "HARTFORD, Conn.", null, null, "Lawmakers passed a budget." },
        { "AUSTIN, Texas — The governor signed it.", "AUSTIN, Texas —", "AUSTIN, Texas", null, null, "The governor signed it." },
        { "Austin, Texas — The governor signed it.", "Austin, Texas —", "Austin, Texas", null, null, "The governor signed it." },
        { "Toronto, Ontario — The city voted.", "Toronto, Ontario —", "Toronto, Ontario", null, null, "The city voted." },
        { "GAZA CITY, Gaza Strip (AP) — Airstrikes hit.", "GAZA CITY, Gaza Strip (AP) —", "GAZA CITY, Gaza Strip", "AP", null, "Airstrikes hit." },
        { "LOS ANGELES (KTLA) — A fire broke out.", "LOS ANGELES (KTLA) —", "LOS ANGELES", "KTLA", null, "A fire broke out." },
        { "NASHVILLE, Tenn. (WKRN) — A storm hit.", "NASHVILLE, Tenn. (WKRN) —", "NASHVILLE, Tenn.", "WKRN", null, "A storm hit." },
        { "SAN JUAN, Puerto Rico (AP) — Power returned.", "SAN JUAN, Puerto Rico (AP) —", "SAN JUAN, Puerto Rico", "AP", null, "Power returned." },
        { "DUBAI, United Arab Emirates (AP) — Iran said.", "DUBAI, United Arab Emirates (AP) —", "DUBAI, United Arab Emirates", "AP", null, "Iran said." },
        { "THE HAGUE, Netherlands (AP) — The court ruled.", "THE HAGUE, Netherlands (AP) —", "THE HAGUE, Netherlands", "AP", null, "The court ruled." },
        { "COEUR D'ALENE, Idaho (AP) — A bear was seen.", "COEUR D'ALENE, Idaho (AP) —", "COEUR D'ALENE, Idaho", "AP", null, "A bear was seen." },
        { "Rio de Janeiro, Brazil (Reuters) — Brazil's central bank held rates.", "Rio de Janeiro, Brazil (Reuters) —", "Rio de Janeiro, Brazil", "Reuters", null, "Brazil's central bank held rates." },
        { "WASHINGTON, D.C. — The council met.", "WASHINGTON, D.C. —", "WASHINGTON, D.C.", null, null, "The council met." },
        { "NEW YORK: Stocks rallied.", "NEW YORK:", "NEW YORK", null, null, "Stocks rallied." },
        { "LAGOS, Nigeria, May 4 (Reuters) - Nigeria's inflation rose.", "LAGOS, Nigeria, May 4 (Reuters) -", "LAGOS, Nigeria", "Reuters", "May 4", "Nigeria's inflation rose." },
        { "HONG KONG/SINGAPORE (Reuters) - Asian shares fell.", "HONG KONG/SINGAPORE (Reuters) -", "HONG KONG/SINGAPORE", "Reuters", null, "Asian shares fell." },
        { "SPRINGFIELD — The city council voted.", "SPRINGFIELD —", "SPRINGFIELD", null, null, "The city council voted." },
        { "KEY WEST, Fla. (AP) — A hurricane neared.", "KEY WEST, Fla. (AP) —", "KEY WEST, Fla.", "AP", null, "A hurricane neared." },
        { "LONDON/SANTIAGO, Aug 31 (GlobalWire) - Copper prices rose.", "LONDON/SANTIAGO, Aug 31 (GlobalWire) -", "LONDON/SANTIAGO", "GlobalWire", "Aug 31", "Copper prices rose." },
        { "SPRINGFIELD, Ill. (Valley News Service) — The board met.", "SPRINGFIELD, Ill. (Valley News Service) —", "SPRINGFIELD, Ill.", "Valley News Service", null, "The board met." },
        { "Limburg (dpa/lhe) - Nach gut zwei Jahren Bauzeit ist die Brücke frei.", "Limburg (dpa/lhe) -", "Limburg", "dpa/lhe", null, "Nach gut zwei Jahren Bauzeit ist die Brücke frei." },
        { "Düsseldorf (dpa/lnw) - Der Landtag hat entschieden.", "Düsseldorf (dpa/lnw) -", "Düsseldorf", "dpa/lnw", null, "Der Landtag hat entschieden." },
        { "Paris (AFP/dpa) - Frankreich hat gewählt.", "Paris (AFP/dpa) -", "Paris", "AFP/dpa", null, "Frankreich hat gewählt." },
        { "KYIV (Reuters/AP) — Drones struck the capital.", "KYIV (Reuters/AP) —", "KYIV", "Reuters/AP", null, "Drones struck the capital." },
        { "(dpa/lby) Die Staatsregierung plant neue Regeln.", "(dpa/lby)", null, "dpa/lby", null, "Die Staatsregierung plant neue Regeln." },
        { "WASHINGTON (AP) — “We are ready,” the president said.", "WASHINGTON (AP) —", "WASHINGTON", "AP", null, "“We are ready,” the president said." },
    };

    public static TheoryData<string> NotDatelines() => new()
    {
        "JAKE TAPPER: Welcome back to the show.",
        "DEAR ABBY: My husband never listens.",
        "Q: What did the governor say?",
        "A: He said no.",
        "GIRLS BASKETBALL Smith scores 30 in win over Central.",
        "GIRLS BASKETBALL: Smith scores 30 in win over Central.",
        "Two hostages — an American and a Briton — were freed on Sunday.",
        "March 14, 2021",
        "Updated 3:45 PM ET, Sat March 14, 2021",
        "UPDATE: This story has been updated with new figures.",
        "EDITOR'S NOTE: This story contains graphic descriptions.",
        "Biden — who turned 80 this week — said he would run.",
        "New York – The city is cracking down on noise.",
        "President Biden: We will rebuild.",
        "BREAKING — The Senate passed the bill.",
        "WATCH: The moment the bridge collapsed.",
        "The president — who spoke for an hour — left.",
        "Dec. 14 — The meeting ended without a deal.",
        "MR. SMITH: I object to this line of questioning.",
        "JUDGE ROBERTS: Sustained.",
        "Smith — a former Marine — said he would run.",
        "WHAT WE KNOW: The storm is moving north.",
        "In Washington — where nothing moves fast — the bill stalled.",
        "By JANE DOE Associated Press",
        "PHOTOS: The storm in pictures.",
        "THE LATEST: Storm moves north.",
        "ANALYSIS — Why the deal failed.",
        "(Photo by Jane Doe) The storm hit.",
        "WASHINGTON",
        "WASHINGTON (AP) —",
        "WASHINGTON (Photo by Jane Doe) The storm hit.",
        "Washington (Some Group) — The storm hit.",
        "Limburg (Fotos/lhe) - Die Brücke ist frei.",
        "Limburg (dpa/Landesdienst Hessen) - Die Brücke ist frei.",
        "Limburg (lhe/dpa) - Die Brücke ist frei.",
    };

    [Theory]
    [MemberData(nameof(Datelines))]
    public void Dateline_at_the_start_is_read_and_taken_out_of_the_paragraph(string text, string written, string? location, string? agency, string? date, string rest)
    {
        NewsStructure news = NewsAnalyzer.Analyze([Blocks.Block(text)], null);

        Assert.NotNull(news.Dateline);
        Assert.Equal(written, news.Dateline.Text);
        Assert.Equal(location, news.Dateline.Location);
        Assert.Equal(agency, news.Dateline.Agency);
        Assert.Equal(date, news.Dateline.Date);
        Assert.Equal(rest, news.Blocks[0].Text);
    }

    [Fact]
    public void Dateline_with_agency_and_regional_desk_in_the_block_after_a_short_standfirst_opens_the_body()
    {
        NewsStructure news = NewsAnalyzer.Analyze(
            Blocks.From("Nach zwei Jahren Bauzeit können Radfahrer die neue Brücke nutzen.\n\nLimburg (dpa/lhe) - Nach gut zwei Jahren Bauzeit ist die Brücke frei.\n\nDie Stadt rechnet mit 3000 Radfahrten pro Tag."),
            null);

        Assert.NotNull(news.Dateline);
        Assert.Equal("Limburg (dpa/lhe) -", news.Dateline.Text);
        Assert.Equal("dpa/lhe", news.Dateline.Agency);
        Assert.Equal("Nach gut zwei Jahren Bauzeit ist die Brücke frei.", news.Blocks[0].Text);
        Assert.Equal(2, news.Blocks.Count);
    }

    [Theory]
    [MemberData(nameof(NotDatelines))]
    public void Opening_that_only_looks_like_a_dateline_is_left_in_the_paragraph(string text)
    {
        NewsStructure news = NewsAnalyzer.Analyze([Blocks.Block(text)], null);

        Assert.Null(news.Dateline);
        Assert.Equal(text, news.Blocks[0].Text);
    }

    [Fact]
    public void Dateline_in_the_second_block_after_a_byline_drops_the_byline_so_text_starts_with_the_dateline()
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From("By Jane Doe\n\nWASHINGTON (AP) — The Senate voted.\n\nIt was close."), null);

        Assert.Equal("WASHINGTON (AP) —", news.Dateline?.Text);
        Assert.Equal(["The Senate voted.", "It was close."], news.Blocks.Select(b => b.Text));
        Assert.StartsWith("WASHINGTON (AP) — The Senate voted.", TextRenderer.Render(news.Dateline, news.Blocks.Select(b => b.Text).ToList()), StringComparison.Ordinal);
    }

    [Fact]
    public void Dateline_class_holding_only_a_date_is_not_the_dateline_but_the_wire_dateline_after_it_is()
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From("March 14, 2021\n\nUpdated 9:12 a.m.\n\nPARIS (AFP) – France voted."), null);

        Assert.Equal("PARIS (AFP) –", news.Dateline?.Text);
        Assert.Equal("France voted.", news.Blocks[0].Text);
    }

    [Fact]
    public void All_caps_subhead_later_in_the_story_is_not_a_dateline()
    {
        const string Lede = "The city council voted late on Tuesday to approve a budget that raises property taxes for the first time in a decade, a move that drew dozens of residents to a packed meeting.";
        var blocks = Blocks.From(Lede + "\n\nNEW YORK — Officials elsewhere watched closely.");

        NewsStructure news = NewsAnalyzer.Analyze(blocks, null);

        Assert.Null(news.Dateline);
        Assert.Equal(2, news.Blocks.Count);
    }

    [Fact]
    public void Dateline_is_not_looked_for_beyond_the_third_block()
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From("By Jane Doe\n\nMarch 14\n\n## Politics\n\nWASHINGTON (AP) — The Senate voted."), null);

        Assert.Null(news.Dateline);
        Assert.Equal(4, news.Blocks.Count);
    }

    [Fact]
    public void Dateline_text_is_the_start_of_the_plain_text()
    {
        NewsStructure news = NewsAnalyzer.Analyze(Blocks.From("SEOUL, South Korea (AP) — North Korea fired.\n\nMore follows."), null);

        string text = TextRenderer.Render(news.Dateline, news.Blocks.Select(b => b.Text).ToList());

        Assert.Equal("SEOUL, South Korea (AP) — North Korea fired.\n\nMore follows.", text);
    }

    [Fact]
    public void Dateline_in_a_heading_block_is_not_taken()
    {
        NewsStructure news = NewsAnalyzer.Analyze([new BodyBlock(BlockKind.Heading, "WASHINGTON — A subhead", 2, [])], null);

        Assert.Null(news.Dateline);
    }
}
