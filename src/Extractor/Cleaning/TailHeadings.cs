using System.Text.RegularExpressions;

namespace Extractor.Cleaning;

/// <summary>
/// Headings (and short lines standing in for them) that open what follows an article rather than the article
/// itself: related and recommended reading, comments, author notes, references and sources, newsletter prompts,
/// contact and sales prompts, paywall prompts.
/// Data, as a pattern over the heading's whole text.
/// </summary>
internal static partial class TailHeadings
{
    /// <summary>Headings longer than this are never tail headings.</summary>
    public const int MaxLength = 60;

    public static bool Matches(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    /// <summary>
    /// Whether a short paragraph (not a heading) opens the tail: the same wording, except "Related ..." and
    /// "Suggested ..." labels, which as plain lines more often lead a link line or a reading list inside the text.
    /// </summary>
    public static bool MatchesLine(string text) => Matches(text) && !InlineLabel().IsMatch(text);

    /// <summary>Notes after an article run at most this long.</summary>
    public const int MaxNoteLength = 300;

    /// <summary>
    /// Whether a paragraph is a note about where the article comes from that ends it ("This article was originally
    /// written by ...", "Editor's note: This article also appeared in ...", "This story was developed in partnership
    /// with ...", "This story about ... was written by ...", "Contact staff writer Jane Doe at ..."); notes that the
    /// story was updated are the article's own.
    /// </summary>
    public static bool IsOriginNote(string text) => text.Length <= MaxNoteLength && OriginNote().IsMatch(text);

    [GeneratedRegex("""
        ^(?:editor[’']?s\ note\s*[:,.-]?\s*)?(?:
            this\ (?:story|article|post|piece)\ (?:was\ |is\ )?(?:originally\ (?:written|published|appeared)|first\ (?:published|appeared)|also\ appeared|developed\ in\ partnership|funded\ by|produced\ (?:in\ partnership\ with|by))
          | originally\ (?:published|appeared)\ (?:in|on|at|by)\b
          | this\ (?:story|article|piece)\ (?:about\ .{1,80}?\ )?was\ (?:written|reported)\ by\b
          | contact\ (?:(?:staff|senior|contributing)\ )?(?:writer|reporter|author|columnist|editor)\ (?-i:\p{Lu}[\p{L}.'’-]*)(?:\ (?-i:\p{Lu}[\p{L}.'’-]*)){0,3}\ (?:at|on|via)\b
        )
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex OriginNote();

    /// <summary>
    /// The title a feed footer names, or null when the paragraph is not one: WordPress and its SEO plugins end each
    /// post of a feed with "The post {title} appeared first on {site}.", which sites republishing the feed keep. Only the
    /// title tells the footer from a sentence of the same shape ("The post, since deleted, appeared first on ..."), so
    /// the caller compares it with the headline.
    /// </summary>
    public static string? FeedFooterTitle(string text)
    {
        if (text.Length > MaxNoteLength + MaxFeedFooterSite)
        {
            return null;
        }

        var match = FeedFooter().Match(text);
        return match.Success ? match.Groups["title"].Value : null;
    }

    /// <summary>The longest site name a feed footer is read with.</summary>
    private const int MaxFeedFooterSite = 120;

    [GeneratedRegex("""
        ^the\ post\ (?<title>.{1,300}?)\ appeared\ first\ on\ .{1,120}$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex FeedFooter();

    /// <summary>Paywall prompts run at most this long.</summary>
    public const int MaxPaywallPromptLength = 200;

    /// <summary>
    /// Whether a paragraph is a paywall prompt that stands where the rest of the article would ("Become a paid
    /// subscriber to Example to unlock this piece and learn about: ...", "Subscribe now to read the full story").
    /// </summary>
    public static bool IsPaywallPrompt(string text) => text.Length <= MaxPaywallPromptLength && PaywallPrompt().IsMatch(text);

    [GeneratedRegex("""
        ^(?:become\ an?\ (?:paid\ |premium\ )?(?:subscriber|member)|(?:subscribe|upgrade|sign\ up|join)(?:\ (?:now|today))?)\b.{0,80}?
        \bto\ (?:unlock\ (?:this|these|the\ (?:rest|full|whole|entire))|continue\ reading|keep\ reading|read\ (?:the\ )?(?:rest|full|whole|entire))\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PaywallPrompt();

    [GeneratedRegex(@"^(?:related|suggested)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLabel();

    [GeneratedRegex("""
        ^(?:
            (?:related|recommended|suggested|similar|popular|latest|recent|trending|featured|top|more|other)\ (?:posts?|articles?|stories|reads?|reading|content|news|guides?|blogs?|resources|topics|from\ .+)(?:\ (?:that\ )?(?:you\ )?(?:may|might)\ .{0,30})?
          | related|recommended(?:\ for\ you)?|keep\ reading|read\ (?:next|more|this\ next)|up\ next|what\ to\ read\ next
          | (?:you\ )?(?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested(?:\ in)?)(?:\ the\ following.{0,30})?|you\ may\ have\ missed|don'?t\ miss
          | (?:also|further)\ read(?:ing)?|see\ also
          | (?:(?:leave|add|post|write)\ a\ )?(?:comment|reply)|(?:\d+\ )?(?:comments|replies)|\d+\ responses|join\ the\ (?:discussion|conversation)
          | about\ the\ authors?|about\ (?:us|me)|meet\ the\ authors?|(?:written|article|posted)\ by|authors?
          | (?:latest|recent|more)\ posts\ by\ .{1,50}
          | about\ (?-i:\p{Lu}[\p{L}\d.&'’-]*)(?:\ (?-i:\p{Lu}[\p{L}\d.&'’-]*)){0,3}
          | more\ useful\ (?:information|links|reading)|explore\ more\ .{1,40}|(?:\w+\ ){1,4}to\ check\ out
          | get\ more\ (?:[\w-]+\ ){0,3}(?:content|news|stories|trends|updates|tips|insights)(?:\ .{0,30})?
          | (?:article\ )?(?:references|sources|citations)(?:\ (?:&|and)\ sources)?|bibliography|footnotes|works\ cited|how\ we\ reviewed\ this\ article
          | (?:subscribe|sign\ up)(?:\ .+)?|(?:get\ )?(?:our|the)\ newsletter|stay\ (?:updated|informed|in\ touch|connected)
          | share(?:\ (?:this|it))?(?:\ (?:post|article|story|page))?|follow\ us(?:\ on\ .+)?|tags|topics|categories
          | how\ was\ (?:this|today'?s)\ (?:issue|newsletter|email|edition)|(?:here'?s\ )?(?:the\ )?unsubscribe
          | was\ this\ (?:article|post|page|guide|newsletter)\ (?:helpful|useful)|did\ you\ (?:like|enjoy)\ this\ (?:article|post|story|newsletter)
          | how\ (?:useful|helpful)\ was\ this\ (?:post|article|page|guide)|click\ on\ a\ star\ to\ rate\ it|rate\ this\ (?:article|post|story|page)
          | help\ us\ improve(?:\ .{0,40})?|print\ this\ (?:page|article|post)|like\ this|editor[’']?s\ note|this\ (?:story|article)\ is\ funded\ by\ .{0,40}
          | contact\ us|get\ in\ touch(?:\ with\ .{0,40})?|collaborate\ with\ us|still\ have\ questions|need\ more\ help
          | (?:\S+\ )?(?:exclusive|premium|subscriber)\ (?:story|article|content)|already\ (?:have\ an\ account|a\ subscriber)\??(?:\ (?:log|sign)\ in)?|(?:this\ (?:article|story)\ is\ )?exclusive\ to\ .{1,30}\ subscribers
          | unlock\ this\ (?:article|story)(?:\ .{0,40})?|to\ (?:read|continue\ reading)\ the\ rest\ of\ this\ (?:article|story)(?:\ .{0,30})?|subscribe\ to\ (?:continue|keep)\ reading(?:\ .{0,30})?
          | talk\ to\ (?:our|an?)\ (?:team|experts?|specialists?|advisors?)(?:\ .{0,60})?|request\ an?\ (?:free\ )?(?:consultation|demo|quote)(?:\ .{0,40})?
        )\s*[:.!?]?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
