using System.Buffers;
using System.Text.RegularExpressions;

namespace Extractor.Cleaning;

// The whole-line patterns of BoilerplateText: a line that is all label, prompt or date, or known by its wording or the
// names it holds. Several expressions rather than one alternation, as each stays small enough for the JIT to optimise
// (one expression of all 43 alternatives compiled to a method the JIT only ever ran unoptimised). Data, as patterns.
internal static partial class BoilerplateText
{
    /// <summary>Words of which each <see cref="WordingLine"/> alternative holds one.</summary>
    private static readonly SearchValues<string> WordingLineWords = SearchValues.Create(
        ["rights reserved", "was this", "your inbox"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Names of which each <see cref="NamedLine"/> alternative holds one.</summary>
    private static readonly SearchValues<string> NamedLineWords = SearchValues.Create(
        [
            "getty images", "shutterstock", "istock", "alamy", "unsplash", "pexels", "adobe stock", "dreamstime",
            "depositphotos", "javascript",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the whole line is a label, a prompt or a date.</summary>
    private static bool IsBoilerplateLine(string text) =>
        LabelLine().IsMatch(text) || PromptLine().IsMatch(text) || (MayHoldDigit(text) && DateLine().IsMatch(text))
        || (text.AsSpan().ContainsAny(WordingLineWords) && WordingLine().IsMatch(text))
        || (text.AsSpan().ContainsAny(NamedLineWords) && NamedLine().IsMatch(text));

    /// <summary>Labels and credits: copyright, posted/updated, written by, share, tags (Blogger calls them "Labels:"),
    /// advertisement, reading time, loading, template filler left as a label ("Lorem ipsum 1"), what a template or
    /// script left unfilled ("$undefined", "{{ title }}", "{}"; "[object Object]" is a shortcode's shape, below), photo
    /// credits ("Photo via Pexels"; credits naming a stock agency are <see cref="NamedLine"/>).</summary>
    [GeneratedRegex("""
        ^(?:
            (?:©|\(c\)|copyright\b).*
          | (?:posted|published|updated|last\ updated|modified)(?:\ on)?\s*:?\s*.{0,60}
          | (?:(?:written|reviewed|edited|fact[-\ ]checked)\ by|contributions\ from):?\s*(?-i:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})(?:\s*(?:,|and|&)\s*(?-i:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))*
          | comments\ are\ closed\b.*
          | this\ (?:post|article|page)\ is\ (?:over|more\ than)\ \w+\ years?\ old\b.*
          | (?:share|share\ this|share\ on|tweet|pin\ it|email|print)(?:\s+(?:this|article|story|post|on\ \w+))?\s*:?
          | (?:tags?|tagged|topics?|labels?|filed\ under|categories|category|posted\ in)\s*:.*
          | advertisement|advertising|sponsored(?:\ (?:content|ad))?|ad|publicidad|publicidade|anuncio|publicité|pubblicità|anzeige|werbung|advertentie
          | \d+\s*(?:min|mins|minutes?)\.?\s+read
          | loading(?:\ [\w-]+){0,4}\s*(?:\.{2,3}|…)|loading
          | lorem\ ipsum(?:\ dolor(?:\ sit\ amet)?)?[\s.,:;!-]*\d*
          | \$?undefined|\{\}|\{\{[^{}]{1,60}\}\}|\{%[^{}]{1,60}%\}
          | (?:photo|image|picture|credit|source|photograph)\s*:.{0,80}
          | (?:featured\ )?(?:image|photo|picture|photograph)s?\ (?:used\ under\ licen[sc]e|via|courtesy|from|credits?)\b.{0,80}
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex LabelLine();

    /// <summary>Prompts and widgets: "Was this helpful", newsletter and sign-in prompts and their fine print ("No spam.",
    /// "No credit card required."), trial buttons ("Start your free trial of ...", "Get started free"), price widgets
    /// ("Best Prices Today:", "Now 10% Off"), read more, related, contents, skip links, what a widget says in a state
    /// the reader does not see ("Copied!", "No items found.").</summary>
    [GeneratedRegex("""
        ^(?:
            (?:was\ this\ (?:newsletter|email|issue)\ forwarded\ to\ you|(?:got|did\ you\ get)\ this\ (?:newsletter|email)\ from\ a\ friend)\b.{0,80}
          | (?:estimated\ )?(?:reading|read)\ time\b.{0,30}
          | (?:link\ )?copied(?:\ to\ (?:the\ )?clipboard)?!?
          | no\ (?:items|results|posts|articles|products|entries)\ (?:were\ )?found\.?
          | summarize\ (?:this\ )?(?:article|post|page)\b.{0,30}
          | this\ (?:article|post|page)\ is\ (?:also\ )?available\ in\b.{0,40}
          | (?:back\ to\ top|rate\ this\ (?:article|post|page|story)|stay\ connected|pin\ (?:it\ )?for\ later|tags|print\ this\ (?:page|article)|you\ are\ signed\ out|what\ others\ are\ reading)[\s:.!?]*
          | author\ recent\ posts\b.*
          | (?:updated\ |posted\ )?(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago
          | (?:check|see|compare)\ (?:the\ )?(?:latest\ )?prices?|get\ a\ (?:free\ )?quote
          | start\ (?:your\ )?free\ trial\b.{0,60}|get\ started\ (?:for\ )?free\b.{0,60}
          | (?:best\ prices?\ today|today['’]s\ best\ (?:prices?|deals?))\s*:?|now\ \d+%\ off
          | thank\ you!?\ your\ submission\ has\ been\ received!?.{0,120}
          | oops!?\ something\ went\ wrong\ while\ submitting\ the\ form\.?
          | sorry,?\ (?:we|i)\ (?:couldn[’']?t|could\ not|can[’']?t|cannot)\ find\ (?:a\ |any\ )?(?:match|results?)\b.{0,80}
          | \[[a-z][a-z_-]*(?:\ [^\]]{0,60})?\]
          | add\ as\ an?\ .{0,30}\bsource
          | [*•\s]*follow\ (?:\S+\ ){0,3}on\ (?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|threads|bluesky|social\ media)\b.{0,80}
          | (?:click|tap)\ here\ to\ .{0,60}
          | (?:sign\ up|subscribe)\b.{0,80}
          | (?:join|register|sign\ up|create\ an?\ (?:free\ )?account)\ or\ (?:sign|log)\ in|(?:sign|log)\ in\ or\ (?:join|register|sign\ up|create\ an?\ (?:free\ )?account)
          | (?:sign|log)\ in\ to\ (?:save|continue|comment|keep|access|track|earn|see|view)\b.{0,60}
          | (?:read|see)\ (?:more|also|next|the\ full\ story).{0,80}
          | related(?:\ (?:posts?|articles?|stories|content|reading|reads))?\s*:?
          | (?:\d+%\ free[.!,]?\s*)?no\ spam\b.{0,40}|no\ credit\ card\ (?:required|needed)\b.{0,40}
          | (?:table\ of\ contents?|contents|in\ this\ (?:article|post|guide)|on\ this\ page|jump\ to|quick\ links)\s*:?
            \s*(?:[\[(]?\s*(?:show|hide|toggle)\s*[\])]?\s*){0,2}
          | (?:jump\ to\ \w+\s*){1,3}
          | (?:»\s*)?skip\ to\ (?:the\ )?\w+(?:\ \w+)?
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex PromptLine();

    /// <summary>Lines known by wording anywhere in them: "All rights reserved", "Was this article helpful?",
    /// "... delivered to your inbox". Tried only on lines holding one of their words, since each alternative is
    /// tried at every character of the line.</summary>
    [GeneratedRegex("""
        ^(?:
            .*\ball\ rights\ reserved\b.*
          | .{0,60}\bwas\ this\ (?:article|page|post|answer|information|content|guide)\ helpful\b.{0,40}
          | .{0,100}\b(?:delivered|sent)\ (?:right\ |straight\ |directly\ )?(?:to|in|into)\ your\ inbox\b.{0,100}
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex WordingLine();

    /// <summary>Lines that name a stock-photo agency as a credit ("Getty Images / Jane Doe", "DGLimages via Getty Images",
    /// "Shutterstock") or what a widget says without its script ("This slideshow requires JavaScript."). Tried only on
    /// lines holding one of the names.</summary>
    [GeneratedRegex("""
        ^(?:
            (?:[\w.'’-]+(?:\ [\w.'’-]+){0,3}\ (?:via|for|/)\ )?(?:getty\ images|shutterstock|istock(?:photo)?|alamy|unsplash|pexels|adobe\ stock|dreamstime|depositphotos)(?:\ ?[/|]\ ?.{1,60})?
          | (?:this\ \w+\ requires|(?:please\ |you\ (?:need|have)\ to\ )?(?:enable|turn\ on))\ javascript\b.{0,80}
          | javascript\ (?:is\ )?(?:disabled|required)\b.{0,80}
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex NamedLine();

    /// <summary>Whether the text may hold a digit as <c>\d</c> reads one (any Unicode decimal digit): an ASCII digit,
    /// or any character outside ASCII. Every <see cref="DateLine"/> alternative needs a digit.</summary>
    private static bool MayHoldDigit(string text) =>
        text.AsSpan().ContainsAnyInRange('0', '9') || text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F');

    /// <summary>A date on its own line, in English, numeric and the main European forms.</summary>
    [GeneratedRegex("""
        ^(?:
            (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:\s*(?:at\s*)?\d{1,2}:\d{2}\s*(?:am|pm)?(?:\s*\w{2,4})?)?
          | \d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}
          | \d{4}-\d{2}-\d{2}(?:[T\ ]\d{2}:\d{2}.*)?
          | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?)?
          | \d{1,2}\.?\s+(?:ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic|janv|févr|mars|avr|mai|juin|juil|août|déc|gen|mag|giu|lug|set|ott|dez|mär|okt|fev|out)\p{L}*\.?\s+(?:de\s+)?\d{4}(?:\s*[-–,]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h))?)?
        )$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();
}
