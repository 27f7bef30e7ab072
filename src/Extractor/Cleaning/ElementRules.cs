using System.Collections.Frozen;

namespace Extractor.Cleaning;

/// <summary>The element vocabulary of boilerplate, as data.</summary>
internal static class ElementRules
{
    /// <summary>Elements that never hold article text: removed with everything inside.</summary>
    public static readonly FrozenSet<string> Removed = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "iframe", "template", "svg", "math", "canvas", "object", "embed", "applet",
        "button", "input", "select", "option", "optgroup", "textarea", "datalist", "output", "meter", "progress",
        "link", "meta", "base", "map", "audio", "video", "source", "track", "dialog", "frame", "frameset", "head",
    ]);

    /// <summary>Elements that are boilerplate wherever they are (unless they hold the article's headline).</summary>
    public static readonly FrozenSet<string> Boilerplate = FrozenSet.ToFrozenSet(["nav", "aside", "menu"]);

    /// <summary>Elements that are boilerplate unless most of the page's text is inside (pages wrapped in one form).</summary>
    public static readonly FrozenSet<string> SoftBoilerplate = FrozenSet.ToFrozenSet(["form"]);

    /// <summary>Elements that are boilerplate outside the article (page header and footer), not inside it.</summary>
    public static readonly FrozenSet<string> PageFrame = FrozenSet.ToFrozenSet(["header", "footer"]);

    /// <summary>Elements whose inside is the article: header and footer in them are the article's own.</summary>
    public static readonly FrozenSet<string> ArticleScopes = FrozenSet.ToFrozenSet(["article", "main"]);

    /// <summary>Elements that are an author box when marked up as the article's author (<c>itemprop="author"</c>); on
    /// inline elements the same mark is a byline's name, judged by its line.</summary>
    public static readonly FrozenSet<string> AuthorBoxes = FrozenSet.ToFrozenSet(["div", "section", "aside", "footer"]);

    /// <summary>Inline style fragments that hide an element.</summary>
    public static readonly string[] HiddenStyles = ["display:none", "display: none", "visibility:hidden", "visibility: hidden"];
}
