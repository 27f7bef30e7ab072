using System.Text.RegularExpressions;

namespace Extractor.Cleaning;

/// <summary>
/// Headings that open what follows an article rather than the article itself: related and recommended reading,
/// comments, author notes, references, newsletter prompts. Data, as a pattern over the heading's whole text.
/// </summary>
internal static partial class TailHeadings
{
    /// <summary>Headings longer than this are never tail headings.</summary>
    public const int MaxLength = 60;

    public static bool Matches(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    [GeneratedRegex("""
        ^(?:
            (?:related|recommended|similar|popular|latest|recent|trending|featured|top|more|other)\ (?:posts?|articles?|stories|reads?|reading|content|news|guides?|resources|topics|from\ .+)
          | related|recommended(?:\ for\ you)?|keep\ reading|read\ (?:next|more|this\ next)|up\ next|what\ to\ read\ next
          | (?:you\ )?(?:may|might)\ (?:also\ )?(?:like|enjoy|be\ interested(?:\ in)?)|you\ may\ have\ missed|don'?t\ miss
          | (?:also|further)\ read(?:ing)?|see\ also
          | (?:(?:leave|add|post|write)\ a\ )?(?:comment|reply)|(?:\d+\ )?(?:comments|replies)|\d+\ responses|join\ the\ (?:discussion|conversation)
          | about\ the\ authors?|about\ (?:us|me)|meet\ the\ authors?|(?:written|article|posted)\ by
          | references|sources|citations|bibliography|footnotes|works\ cited
          | (?:subscribe|sign\ up)(?:\ .+)?|(?:get\ )?(?:our|the)\ newsletter|stay\ (?:updated|informed|in\ touch|connected)
          | share(?:\ this)?(?:\ (?:post|article|story|page))?|follow\ us(?:\ on\ .+)?|tags|topics|categories
        )\s*[:.!?]?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
