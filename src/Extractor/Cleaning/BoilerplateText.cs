using System.Buffers;
using System.Text.RegularExpressions;

namespace Extractor.Cleaning;

/// <summary>
/// Short lines that are boilerplate by their wording wherever they stand: copyright lines, bylines, dates on
/// their own, share prompts, tag lists, "advertisement" labels, reading times, placeholders of content loaded
/// later ("Loading paragraph..."). Data, as patterns.
/// </summary>
internal static partial class BoilerplateText
{
    /// <summary>Lines longer than this are never judged by wording alone.</summary>
    public const int MaxLength = 160;

    /// <summary>Lines up to this long are judged by the words they contain (reading times, dates with bylines).</summary>
    public const int MaxMetaLength = 90;

    /// <summary>Paragraphs up to this long are judged as affiliate or review disclosures.</summary>
    public const int MaxDisclosureLength = 400;

    /// <summary>Whether a block is boilerplate by its wording.</summary>
    /// <param name="text">The block's text.</param>
    /// <param name="heading">Whether the block is a section heading, which is never a byline ("By Region") and can be
    /// a table of contents' label ("Content").</param>
    public static bool IsBoilerplate(string text, bool heading = false) =>
        (text.Length <= MaxLength
            && (IsBoilerplateLine(text) || (heading ? IsContentsLabel(text) : Byline().IsMatch(text))))
        || (text.Length <= MaxMetaLength && IsMetaLine(text))
        || (text.Length <= MaxDisclosureLength && MayBeDisclosure(text) && Disclosure().IsMatch(text))
        || (text.Length <= MaxSignUpLength && text.AsSpan().ContainsAny(SignUpWords) && SignUpPrompt().IsMatch(text));

    /// <summary>Paragraphs up to this long are judged as newsletter sign-up prompts.</summary>
    public const int MaxSignUpLength = 300;

    /// <summary>Words of which a <see cref="SignUpPrompt"/> holds one.</summary>
    private static readonly SearchValues<string> SignUpWords = SearchValues.Create(
        ["sign up", "signup", "subscribe", "join", "newsletter", "inbox"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A newsletter's sign-up prompt, wherever it stands: a sentence that opens by asking the reader to sign up,
    /// subscribe or join and speaks of a newsletter, the inbox, e-mail, updates or the form below ("Want more from us?
    /// Sign up for our newsletter.", "Be sure to sign up below so we can stay in touch!"); a promise of delivery to the
    /// inbox; a newsletter's name alone ("Join Our Genius Newsletter", "AIDeveloper Newsletter"). "Those interested
    /// should subscribe to our newsletter" inside a note, and text about newsletters, stay.
    /// </summary>
    [GeneratedRegex("""
        (?:^|[.!?]\s+)(?:just\s+|be\ sure\ to\s+)?(?:sign\s?up|subscribe|join)\b[^.!?]{0,80}\b(?:newsletters?|inbox|e-?mail|updates|below)\b
        | \bdelivered\ (?:right\ |straight\ )?to\ your\ inbox\b
        | ^(?:join\ (?:our|my)\ )?[\w'’\ ]{0,30}\bnewsletter[.!]?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex SignUpPrompt();

    /// <summary>
    /// Whether the text opens as a call to action: a question to the reader that leads to an offer ("Ready to find your
    /// program?", "Want to do more?", "Looking for ...?") or an imperative to act on one ("Download our template",
    /// "Start your free trial", "Request a demo", "Book your first lesson", "Explore all our programs"). Articles end
    /// with such words too, so it marks a block only where its place says the same (a box after the text).
    /// </summary>
    public static bool IsCallToAction(string text) => text.Length <= MaxSignUpLength && CallToAction().IsMatch(text);

    [GeneratedRegex("""
        ^(?:
            Ready\ to | Want\ (?:to|more) | Looking\ for
          | Get\ (?:the|a|your|started|in\ touch) | Start\ (?:your|a) | Give\ .{1,40}\ a\ try | Try\  | Request\  | Begin\  | Download
          | Book\ (?:a|your) | Schedule\  | Contact\ us | Call\ us | Join\  | Sign\ up | Subscribe
          | Discover\ more | Explore\ (?:all|our|more)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();

    /// <summary>Whether a section heading is "Content", the label some sites set over a table of contents; as a line or
    /// a list item the word names a thing ("Content", "Paid Ads", "SEO"), so only a heading is judged.</summary>
    private static bool IsContentsLabel(string text) =>
        text.AsSpan().TrimEnd(": ").Equals("content", StringComparison.OrdinalIgnoreCase);

    /// <summary>Author bios run at most this long.</summary>
    public const int MaxBioLength = 800;

    /// <summary>Whether a paragraph reads as an author bio ("Jane Doe is a freelance writer who ...", "Joe Bloggs is the
    /// owner of ...", "(Jane Doe is an associate attorney at ...").</summary>
    public static bool IsAuthorBio(string text) => text.Length <= MaxBioLength && AuthorBio().IsMatch(text);

    /// <summary>
    /// Whether a line is a byline's or a date's label alone ("Written by", "By:", "Reviewed by,", "Page updated:",
    /// "Average reading time:"): its value stood in an element of its own.
    /// </summary>
    public static bool IsBareMetaLabel(string text) => text.Length <= MaxBareLabelLength && BareMetaLabel().IsMatch(text);

    /// <summary>A byline's or date's label alone is at most this long.</summary>
    public const int MaxBareLabelLength = 30;

    [GeneratedRegex("""
        ^(?:by|(?:written|posted|published|reviewed|edited|fact[-\ ]checked|medically\ reviewed)\ by|author|authors
          |(?:page\ |last\ )?(?:updated|modified|published|posted)(?:\ on)?|date|(?:average\ |estimated\ )?(?:reading|read)\ time)
        \s*[:,]?$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex BareMetaLabel();

    /// <summary>Whether a paragraph is a note that ends a page disowning the article's views ("The views expressed here
    /// are not necessarily those of ..."); notes on where an article comes from are <see cref="TailHeadings.IsOriginNote"/>.</summary>
    public static bool IsEndNote(string text) => text.Length <= MaxDisclosureLength && EndNote().IsMatch(text);

    [GeneratedRegex("""
        ^(?:note:?\s*)?(?:the\ )?(?:views|opinions)\ (?:and\ opinions\ )?expressed\b.{0,120}\b(?:not\ necessarily|do\ not|are\ (?:solely\ )?those\ of)\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex EndNote();

    /// <summary>Whether a paragraph greets the reader as its author ("Hey, I'm Jessica! Welcome to ..."): a bio when it
    /// ends the text, not when it opens it.</summary>
    public static bool IsGreetingBio(string text) => text.Length <= MaxBioLength && GreetingBio().IsMatch(text);

    [GeneratedRegex("""^(?i:hey|hi|hello|howdy)(?:\s+there)?[,!]?\s+(?i:i['’]m|i\ am|my\ name\ is)\s+\p{Lu}""", RegexOptions.CultureInvariant)]
    private static partial Regex GreetingBio();

    [GeneratedRegex("""
        ^\(?(?:about\ the\ author:?\s*)?(?-i:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:\([^)]{1,40}\)\s+)?(?:is|was)\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+,?\s+){0,6}?|(?:[\p{L}-]+\s+){0,2}?)
        (?:writer|journalist|editor|reporter|contributor|author|copywriter|columnist|director|blogger|correspondent|freelancer|photographer|strategist|marketer|consultant|founder|co-founder
          |owner|attorney|lawyer|professor|faculty|ceo|cto|cfo|coo|president|manager|specialist|scientist|researcher|physician|analyst|engineer|developer|designer|coach|instructor|partner|expert|advisor|adviser
          |executive|entrepreneur|educator|practitioner)s?\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorBio();

    [GeneratedRegex("""
        ^(?:
            (?:(?:written|posted|reviewed|edited|fact[-\ ]checked)\ )?(?:by|von|por|par|door)(?:\s*:)?\s+(?-i:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)
              (?:\s*[|,•·–—-]\s*.{0,60})?
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();


    /// <summary>The first letters of the <see cref="MetaLineOpeners"/> ("by", "written by", ..., "updated", "published",
    /// ..., "bijgewerkt").</summary>
    private static readonly SearchValues<char> MetaLineStarts = SearchValues.Create("abefglmprtuvwABEFGLMPRTUVW");

    /// <summary>Whether the line is a meta line (<see cref="MetaLine"/>). Every alternative but the
    /// <see cref="MetaLineOpeners"/> needs a digit: a line that cannot hold one is only matched against those, at its
    /// start, instead of being searched through.</summary>
    private static bool IsMetaLine(string text) =>
        text.Length > 0
        && (MayHoldDigit(text)
            ? MetaLine().IsMatch(text)
            : MetaLineStarts.Contains(text[0]) && MetaLineOpener().IsMatch(text));

    /// <summary>The <see cref="MetaLine"/> alternatives anchored at the start of the line with a byline or a
    /// publication word.</summary>
    private const string MetaLineOpeners = """
          ^(?:by|written\ by|posted\ by|reviewed\ by|fact[-\ ]checked\ by|edited\ by)\s+\S.*(?:[|•·]|\bon\ |\d{4}|\bupdated\b)
        | ^(?:updated|published|posted|last\ updated|publié|publiée|mis\ à\ jour|modifié|publicado|actualizado|atualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd|bijgewerkt)\b
        """;

    /// <summary>Meta lines: a reading time anywhere, or a byline or date joined to other meta by separators.</summary>
    [GeneratedRegex(MetaLineOpeners + """
        | \b\d+\s*(?:-\s*)?(?:min|mins|minutes?)\s+read\b
        | (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\ \d{1,2},?\ \d{4}.*(?:[|•·]|\bupdated\b)
        | [|•·]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\ \d{1,2},?\ \d{4}
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex MetaLine();

    /// <summary><see cref="MetaLineOpeners"/> alone.</summary>
    [GeneratedRegex(MetaLineOpeners, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex MetaLineOpener();

    /// <summary>Words of which every <see cref="Disclosure"/> alternative but the one about the page's age holds one
    /// (the fees and commissions always after a space): a paragraph without any is not run through the expression (its
    /// alternatives start at almost every word).</summary>
    private static readonly SearchValues<string> DisclosureWords = SearchValues.Create(
        [" commission", " compensation", " fee", "affiliate", "independently", "recommend", "you agree", "you confirm",
         "you consent", "you acknowledge", "you accept", "lorem ipsum"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <see cref="Disclosure"/> can match: the text holds one of <see cref="DisclosureWords"/>, or it
    /// opens with "this" and holds "year" (a note on the page's age, the one alternative anchored at the start).</summary>
    private static bool MayBeDisclosure(string text) =>
        text.AsSpan().ContainsAny(DisclosureWords)
        || (text.StartsWith("this", StringComparison.OrdinalIgnoreCase) && text.Contains("year", StringComparison.OrdinalIgnoreCase));

    /// <summary>Affiliate and review disclosures, the consent fine print of sign-up forms ("By signing up, you agree to
    /// ..."), and template filler left in a page ("Lorem ipsum dolor ...").</summary>
    [GeneratedRegex("""
          \b(?:we|i)\ (?:may\ )?(?:earn|receive|get|make)\ (?:a\ )?(?:small\ )?(?:\w+\ )?(?:commission|compensation|fee)
        | \b(?:may|might|could)\ (?:earn|receive)\ (?:a\ )?(?:small\ )?(?:affiliate\ )?commission
        | \baffiliate\ (?:links?|commission|partnerships?)\b.*\b(?:earn|commission|compensat|support)
        | \bindependently\ (?:chosen|selected|test|review|research|evaluat)\w*\b.*\b(?:commission|links|earn|support)
        | \bwe\ (?:independently\ )?(?:test|review|research)\ everything\ we\ recommend\b
        | \bearns?\ (?:us|me)\ (?:a\ )?(?:small\ )?(?:affiliate\ )?commission\b
        | ^this\ (?:post|article|page)\ is\ (?:over|more\ than)\ \w+\ years?\ old\b
        | \bby\ (?:signing\ up|subscribing|clicking\b.{1,40}?|submitting\b.{1,40}?|providing\ your\ \w+(?:\ \w+)?|entering\ your\ \w+(?:\ \w+)?),?\ you\ (?:agree|confirm|consent|acknowledge|accept)\b
        | \blorem\ ipsum\ dolor\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Disclosure();
}
