namespace Extractor.News;

/// <summary>
/// The word classes the attribution grammar needs to tell a speaker's noun phrase from the rest of a sentence.
/// All compared ignoring case.
/// </summary>
internal static class SpeakerVocabulary
{
    /// <summary>Pronouns that stand for a speaker; the first three are resolved to the last named person.</summary>
    public static readonly string[] ResolvablePronouns = ["he", "she", "they"];

    /// <summary>Pronouns kept as written (first person, an organisation's "it").</summary>
    public static readonly string[] OtherPronouns = ["i", "we", "it", "you"];

    /// <summary>Words that may open a common-noun speaker ("the official", "a spokeswoman for …").</summary>
    public static readonly string[] Determiners =
    [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "another", "some", "several",
        "many", "both", "each", "two", "three", "four", "five", "other", "most", "few", "all", "this", "that",
        "these", "those",
    ];

    /// <summary>Lower-case words that may join the capitalised words of a name or title.</summary>
    public static readonly string[] NameConnectors =
    [
        "of", "for", "and", "the", "de", "del", "della", "van", "von", "der", "den", "bin", "bint", "al", "el",
        "la", "le", "da", "das", "dos", "du", "di", "y", "ibn", "ben", "ter", "st.",
    ];

    /// <summary>Words that end a speaker phrase read forwards after the verb ("said Smith in a statement").</summary>
    public static readonly string[] PhraseEnders =
    [
        "in", "on", "at", "during", "after", "before", "when", "while", "as", "to", "via", "through", "from", "with",
        "who", "whom", "whose", "which", "that", "where", "because", "since", "but", "although", "though", "if",
        "adding", "noting", "saying", "explaining", "referring", "speaking", "writing", "told", "said", "says",
        "last", "this", "earlier", "later", "recently", "today", "yesterday", "tonight", "tomorrow", "about", "over",
        "according", "by", "under", "without", "within", "into", "toward", "towards", "against", "outside", "inside",
        "near", "following", "amid", "despite", "than", "so", "yet", "then", "ago", "again", "also", "just",
    ];

    /// <summary>Prepositions: a noun phrase right after one is its object ("led to his death"), never a verb's subject.</summary>
    public static readonly string[] Prepositions =
    [
        "to", "of", "in", "on", "at", "with", "from", "into", "onto", "about", "after", "before", "during", "for", "by",
        "over", "under", "through", "without", "within", "toward", "towards", "against", "near", "among", "between",
        "behind", "beyond", "across", "upon", "despite", "like", "unlike", "than",
    ];

    /// <summary>Words that cannot stand inside a speaker phrase: clause words, auxiliaries, negation.</summary>
    public static readonly string[] ClauseWords =
    [
        "who", "whom", "whose", "which", "that", "what", "where", "when", "why", "how", "is", "are", "was", "were",
        "be", "been", "being", "am", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must", "shall", "do", "does", "did", "not", "no", "never", "if", "because", "but", "or", "nor", "so", "than",
        "there", "here", "it's", "he's", "she's", "they're", "i'm", "we're", "isn't", "wasn't", "don't", "didn't",
        "i've", "we've", "you've", "they've", "i'll", "we'll", "you'll", "he'll", "she'll", "they'll", "it'll", "i'd",
        "we'd", "you'd", "he'd", "she'd", "they'd", "you're", "doesn't", "can't", "won't", "aren't", "weren't",
        "to", "as", "at", "in", "on", "by", "with", "from", "into", "about", "after", "before", "during", "while",
        "also", "just", "only", "even", "still", "very", "too", "me", "him", "us", "them", "it", "this", "these",
        "those", "said", "says", "told", "asked", "added", "saying", "later", "then", "now",
    ];

    /// <summary>Words that may stand between a speaker and the verb ("Smith has also said", "she later told").</summary>
    public static readonly string[] VerbModifiers =
    [
        "has", "have", "had", "also", "later", "then", "previously", "earlier", "once", "again", "still", "further",
        "would", "will", "could", "might", "may", "did", "does", "do", "had", "often", "repeatedly", "recently",
        "simply", "just", "first", "initially", "subsequently", "separately", "similarly", "frequently", "always",
        "already", "now", "finally", "famously", "memorably", "quietly", "bluntly", "flatly", "openly", "publicly",
        "privately", "angrily", "calmly", "tearfully", "proudly", "softly", "quickly", "ever", "never", "sometimes",
        "usually", "reportedly", "allegedly", "apparently",
    ];

    /// <summary>Sentence openers that come before a subject and are not part of it ("But Smith said …").</summary>
    public static readonly string[] LeadingConjunctions =
    [
        "and", "but", "yet", "so", "still", "however", "meanwhile", "later", "now", "then", "also", "instead",
        "indeed", "thus", "moreover", "and", "or", "while", "though", "although", "because", "since", "when",
        "as", "if", "that", "where", "after", "before", "today", "yesterday", "tonight", "earlier", "finally",
        "ultimately", "personally", "honestly", "frankly", "notably", "importantly", "interestingly", "likewise",
        "overall",
    ];

    /// <summary>Time words that are never a speaker ("… said Tuesday").</summary>
    public static readonly string[] TimeWords =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
        "recently", "earlier", "later", "last", "next", "this",
    ];

    /// <summary>
    /// Words right before a quotation that mark it as a name, title or term rather than speech
    /// ("so-called “smart” meters", "the film “Dune”", "dubbed “Operation Warp Speed”").
    /// </summary>
    public static readonly string[] NamingCues =
    [
        "so-called", "called", "dubbed", "named", "titled", "entitled", "nicknamed", "labeled", "labelled", "branded",
        "termed", "known", "word", "words", "term", "terms", "phrase", "slogan", "motto", "hashtag", "film", "movie",
        "book", "song", "album", "novel", "series", "show", "play", "musical", "episode", "documentary", "poem",
        "single", "podcast", "program", "programme", "column", "article", "essay", "report", "headline", "banner",
        "sign", "signs", "placards", "reading", "read", "caption", "tagline", "label", "brand", "as",
    ];
}
