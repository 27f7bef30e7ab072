namespace Extractor.Metadata;

/// <summary>
/// The byline vocabularies as data: which class and id tokens mark a byline, which prefixes introduce one, which
/// words join, qualify or end names, and which words are roles or prose rather than names.
/// </summary>
internal static class BylineVocabulary
{
    /// <summary>Class/id/itemprop tokens (matched as substrings of each token) marking a byline element.</summary>
    public static readonly string[] BylineTokens =
    [
        "byline", "by-line", "author", "writer", "contributor", "reporter", "posted-by", "postedby", "journalist",
    ];

    /// <summary>Tokens that mark an author box rather than a byline (biography, avatar, follow widgets).</summary>
    public static readonly string[] NotBylineTokens =
    [
        "bio", "about", "avatar", "photo", "image", "img", "pic", "follow", "social", "description", "comment",
        "more", "other", "related", "box", "card", "widget", "link-list",
    ];

    /// <summary>Address path pieces of an author's page (a link there names the author).</summary>
    public static readonly string[] AuthorPathSegments = ["/author/", "/authors/", "/autor/", "/auteur/", "/writers/", "/writer/", "/byline/", "/profile/", "/profiles/", "/people/", "/staff/", "/contributor/", "/contributors/"];

    /// <summary>Lower-case prefixes that introduce a byline, longest first where they overlap.</summary>
    public static readonly string[] BylinePrefixes =
    [
        "written by", "posted by", "article by", "articles by", "posts by", "stories by", "more about", "more from", "view all posts by",
        "all posts by", "author", "authored by", "published by", "reported by", "story by", "words by", "text by", "reviewed by",
        "by", "author:", "authors:", "contributors:", "contributor:", "von", "por", "par", "di", "door", "av", "af", "przez", "автор:",
    ];

    /// <summary>Words that lead a role's employer or department ("Trial Attorney at Morgan &amp; Morgan", "Head of Marketing").</summary>
    public static readonly string[] RoleObjects = [" at ", " of ", " for "];

    /// <summary>Clauses that follow the name in a byline and end it ("Jane Doe on behalf of the Vision Doc group").</summary>
    public static readonly string[] ClausesAfterName = [" on behalf of "];

    /// <summary>Phrases that credit the author inside a sentence ("This post was written by Jane Doe").</summary>
    public static readonly string[] CreditPhrases = [" written by ", " authored by "];

    /// <summary>Labels that name the author in a labelled pair of tags ("Written by" / "Jane Doe"), compared ignoring case.</summary>
    public static readonly HashSet<string> AuthorLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "written by", "author", "authors", "by", "posted by", "geschrieben von", "autor", "écrit par", "escrito por",
        "scritto da", "geschreven door",
    };

    /// <summary>Lower-case credits that introduce someone other than the author, just before their name.</summary>
    public static readonly string[] OtherCredits =
    [
        "reviewed by", "fact checked by", "fact-checked by", "edited by", "researched by", "illustrated by",
        "photographed by", "photos by", "photo by", "translated by", "geprüft von", "revisado por", "relu par",
    ];

    /// <summary>Words joining two names in a byline ("X and Y").</summary>
    public static readonly string[] NameJoiners = ["and", "und", "y", "et", "e", "en", "og", "och", "i"];

    /// <summary>Words that make a byline segment a role or credit rather than a name ("Staff Writer", "Photos").</summary>
    public static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "writers", "editor", "editors", "reporter", "correspondent", "contributor", "columnist",
        "updated", "published", "posted", "photos", "photo", "photography", "video", "illustration", "illustrations",
        "senior", "associate", "contributing", "freelance", "team", "desk", "newsroom",
        "min", "read", "comments", "comment", "share", "follow", "email", "twitter", "facebook", "marketer", "manager",
        "director", "officer", "founder", "co-founder", "ceo", "cto", "president", "head", "specialist", "consultant",
        "analyst", "strategist", "attorney", "professor", "intern", "producer", "host", "coordinator", "expert",
        "correspondents", "reviewer", "journalist", "columnists",
    };

    /// <summary>Role words that also end a collective byline ("The Investopedia Team", "Lifestyle Desk"): never cut.</summary>
    public static readonly HashSet<string> CollectiveNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "desk", "newsroom", "staff", "editors", "writers", "editorial", "contributors", "correspondents",
    };

    /// <summary>Words that qualify a role ("Tech Reporter", "Content Marketing Coordinator"), cut with it after a name.</summary>
    public static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "content", "marketing", "tech", "technology", "review", "managing", "executive", "deputy", "chief", "news",
        "sports", "business", "health", "science", "political", "digital", "social", "media", "features", "lifestyle",
        "travel", "food", "data", "product", "personal", "finance", "senior", "staff", "contributing", "associate",
        "assistant", "general", "lead", "principal", "⋅", "·", "-", "–", "—", "|",
    };

    /// <summary>Weekday names (English, with abbreviations): where a byline turns into a date.</summary>
    public static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>Words that stand between a name and the date after it ("Jane Doe on March 3", "Jane Doe | 3 May").</summary>
    public static readonly HashSet<string> BeforeDateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "at", "on", "in", "|", "-", "–", "—", "·", "•", "@", "»", "›", "published", "updated", "posted",
    };

    /// <summary>Words left dangling at the ends of a split byline ("and Jane Doe", "David at").</summary>
    public static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "at", "&", "|", "-", "–", "—", "·", "•", "@", "»", "›",
    };

    /// <summary>Words of prose, never of a name: a "By ..." line holding them is a sentence ("By signing up, you agree").</summary>
    public static readonly HashSet<string> ProseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "you", "we", "us", "to", "up", "agree", "this", "that", "with", "by", "edited", "here", "click", "view", "see",
        "is", "are", "was", "signing", "continuing", "using", "clicking", "it",
    };
}
