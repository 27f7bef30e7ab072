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

    /// <summary>Lower-case title words that may open a named speaker ("former President Donald Trump").</summary>
    public static readonly string[] TitleModifiers =
    [
        "former", "acting", "retired", "interim", "outgoing", "incoming", "late", "then", "deputy", "senior",
        "chief", "assistant", "associate", "vice", "lead", "top", "new", "fellow", "longtime", "veteran",
    ];

    /// <summary>
    /// Lower-case job and role words that may stand before or inside a name ("attorney Mark Jones", "White House
    /// press secretary Karine Jean-Pierre") when the phrase ends with a capitalised name.
    /// </summary>
    public static readonly string[] TitleNouns =
    [
        "attorney", "lawyer", "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "director", "analyst",
        "economist", "professor", "researcher", "scientist", "doctor", "physician", "nurse", "officer", "detective",
        "sheriff", "lawmaker", "senator", "representative", "congressman", "congresswoman", "councilman",
        "councilwoman", "councilor", "commissioner", "chairman", "chairwoman", "chair", "president", "minister",
        "secretary", "governor", "mayor", "judge", "prosecutor", "author", "actor", "actress", "singer", "rapper",
        "quarterback", "pitcher", "striker", "resident", "student", "teacher", "activist", "organizer", "founder",
        "co-founder", "executive", "owner", "press", "strategist", "pollster", "historian", "expert", "official",
        "adviser", "advisor", "aide", "ambassador", "envoy", "general", "colonel", "captain", "lieutenant",
        "sergeant", "rabbi", "pastor", "bishop", "imam", "priest", "farmer", "worker", "driver", "witness",
        "survivor", "veteran", "candidate", "leader", "head", "spokesmen", "lobbyist", "consultant", "editor",
        "reporter", "journalist", "producer", "engineer", "architect", "inspector", "superintendent", "principal",
        "commander", "admiral", "ceo", "cfo", "chief", "deputy", "senior", "assistant", "associate", "vice",
        "state", "city", "county", "district", "federal", "national", "defense", "foreign", "finance", "health",
        "education", "energy", "trade", "interior", "justice", "homeland", "security", "communications",
        "campaign", "party", "union", "team", "club", "company", "department", "agency", "police", "fire", "school",
        "board", "house", "senate", "committee", "council", "majority", "minority", "floor", "whip", "speaker",
    ];

    /// <summary>
    /// Plural and collective nouns that speak without a determiner ("police said", "federal prosecutors said",
    /// "according to court documents"); they may end a lower-case speaker phrase of up to four words.
    /// </summary>
    public static readonly string[] GroupSpeakers =
    [
        "police", "officials", "authorities", "investigators", "prosecutors", "researchers", "scientists", "experts",
        "analysts", "witnesses", "residents", "doctors", "critics", "lawmakers", "legislators", "officers",
        "firefighters", "rescuers", "organizers", "organisers", "protesters", "activists", "economists", "sources",
        "aides", "diplomats", "regulators", "observers", "supporters", "opponents", "advocates", "troops", "soldiers",
        "medics", "paramedics", "students", "teachers", "parents", "neighbors", "neighbours", "workers", "employees",
        "executives", "lawyers", "attorneys", "documents", "records", "filings", "reports", "estimates", "data",
        "figures", "statistics", "polls", "surveys", "forecasters", "meteorologists", "prosecution", "defense",
        "defence", "organizers", "leaders", "ministers", "members", "representatives", "spokespeople", "staff",
        "staffers", "negotiators", "mediators", "observers", "monitors", "inspectors", "auditors", "detectives",
        "deputies", "agents", "rebels", "militants", "villagers", "locals", "fans", "voters", "shareholders",
        "investors", "traders", "dealers", "bankers", "banks", "brokers", "farmers", "growers", "producers", "unions",
        "historians", "pollsters", "strategists", "republicans", "democrats", "conservatives", "liberals",
        "scholars", "physicians", "nurses", "clinicians", "epidemiologists", "virologists", "engineers",
    ];

    /// <summary>Two-word idioms that may continue a common-noun speaker ("a person familiar with the talks").</summary>
    public static readonly string[] PhraseIdioms = ["familiar with", "close to", "briefed on", "involved in", "knowledgeable about", "aware of"];

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

    /// <summary>Words that cannot stand inside a speaker phrase: clause words, auxiliaries, negation.</summary>
    public static readonly string[] ClauseWords =
    [
        "who", "whom", "whose", "which", "that", "what", "where", "when", "why", "how", "is", "are", "was", "were",
        "be", "been", "being", "am", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might",
        "must", "shall", "do", "does", "did", "not", "no", "never", "if", "because", "but", "or", "nor", "so", "than",
        "there", "here", "it's", "he's", "she's", "they're", "i'm", "we're", "isn't", "wasn't", "don't", "didn't",
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
        "privately", "angrily", "calmly", "tearfully", "proudly", "softly", "quickly",
    ];

    /// <summary>Sentence openers that come before a subject and are not part of it ("But Smith said …").</summary>
    public static readonly string[] LeadingConjunctions =
    [
        "and", "but", "yet", "so", "still", "however", "meanwhile", "later", "now", "then", "also", "instead",
        "indeed", "thus", "moreover", "and", "or", "while", "though", "although", "because", "since", "when",
        "as", "if", "that", "where", "after", "before", "today", "yesterday", "tonight", "earlier", "finally",
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
