using System.Text.RegularExpressions;

namespace Extractor.Cleaning;

/// <summary>
/// Headings (and short lines standing in for them) that open what follows an article rather than the article
/// itself: related and recommended reading, comments, author notes, references and sources, newsletter prompts,
/// contact and sales prompts.
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

    [GeneratedRegex(@"^(?:related|suggested)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLabel();

    [GeneratedRegex("""
        ^(?:
            (?:related|recommended|suggested|similar|popular|latest|recent|trending|featured|top|more|other)\ (?:posts?|articles?|stories|reads?|reading|content|news|guides?|blogs?|resources|topics|from\ .+)(?:\ (?:that\ )?(?:you\ )?(?:may|might)\ .{0,30})?
          | related|recommended(?:\ for\ you)?|keep\ reading|read\ (?:next|more|this\ next)|up\ next|what\ to\ read\ next
          | (?:you\ )?(?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested(?:\ in)?)(?:\ the\ following.{0,30})?|you\ may\ have\ missed|don'?t\ miss
          | (?:also|further)\ read(?:ing)?|see\ also
          | (?:(?:leave|add|post|write)\ a\ )?(?:comment|reply)|(?:\d+\ )?(?:comments|replies)|\d+\ responses|join\ the\ (?:discussion|conversation)
          | about\ the\ authors?|about\ (?:us|me)|meet\ the\ authors?|(?:written|article|posted)\ by
          | (?:article\ )?(?:references|sources|citations)(?:\ (?:&|and)\ sources)?|bibliography|footnotes|works\ cited|how\ we\ reviewed\ this\ article
          | (?:subscribe|sign\ up)(?:\ .+)?|(?:get\ )?(?:our|the)\ newsletter|stay\ (?:updated|informed|in\ touch|connected)
          | share(?:\ (?:this|it))?(?:\ (?:post|article|story|page))?|follow\ us(?:\ on\ .+)?|tags|topics|categories
          | how\ was\ (?:this|today'?s)\ (?:issue|newsletter|email|edition)|(?:here'?s\ )?(?:the\ )?unsubscribe
          | was\ this\ (?:article|post|page|guide|newsletter)\ (?:helpful|useful)|did\ you\ (?:like|enjoy)\ this\ (?:article|post|story|newsletter)
          | contact\ us|get\ in\ touch(?:\ with\ .{0,40})?|collaborate\ with\ us|still\ have\ questions|need\ more\ help
          | talk\ to\ (?:our|an?)\ (?:team|experts?|specialists?|advisors?)(?:\ .{0,60})?|request\ an?\ (?:free\ )?(?:consultation|demo|quote)(?:\ .{0,40})?
        )\s*[:.!?]?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
