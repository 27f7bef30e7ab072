namespace Extractor.News;

/// <summary>
/// Titles, roles and groups that make up speakers ("former President …", "attorney Mark Jones", "federal
/// prosecutors", "a person familiar with the talks"). All compared ignoring case.
/// </summary>
internal static class SpeakerTitles
{
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
        "member", "delegate", "trustee", "alderman", "alderwoman", "selectman", "supervisor", "assemblyman",
        "assemblywoman", "assemblymember", "councilmember", "legislator", "delegate", "nominee", "coordinator",
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
}
