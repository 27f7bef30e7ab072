namespace Extractor.News;

/// <summary>
/// The reporting verbs that attribute a quotation, one lemma per line with its forms separated by spaces; a
/// phrase of several words is written with underscores (<c>according_to</c>). Data only: <see cref="VerbLexicon"/>
/// reads it. Adding a verb never touches the grammar code.
/// </summary>
internal static class ReportingVerbs
{
    /// <summary>
    /// Verbs that attribute speech wherever they stand in the quote's sentence (next to the quote, or earlier in a
    /// sentence holding a partial quote).
    /// </summary>
    public static readonly string[] Anywhere =
    [
        "say says said saying",
        "tell tells told telling",
        "add adds added adding",
        "note notes noted noting",
        "write writes wrote writing written",
        "tweet tweets tweeted tweeting",
        "post posts posted posting",
        "ask asks asked asking",
        "explain explains explained explaining",
        "argue argues argued arguing",
        "insist insists insisted insisting",
        "warn warns warned warning",
        "acknowledge acknowledges acknowledged acknowledging",
        "admit admits admitted admitting",
        "announce announces announced announcing",
        "assert asserts asserted asserting",
        "claim claims claimed claiming",
        "comment comments commented commenting",
        "complain complains complained complaining",
        "concede concedes conceded conceding",
        "confirm confirms confirmed confirming",
        "contend contends contended contending",
        "declare declares declared declaring",
        "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
        "exclaim exclaims exclaimed exclaiming",
        "maintain maintains maintained maintaining",
        "mention mentions mentioned mentioning",
        "observe observes observed observing",
        "predict predicts predicted predicting",
        "promise promises promised promising",
        "recall recalls recalled recalling",
        "reiterate reiterates reiterated reiterating",
        "remark remarks remarked remarking",
        "reply replies replied replying",
        "respond responds responded responding",
        "stress stresses stressed stressing",
        "suggest suggests suggested suggesting",
        "testify testifies testified testifying",
        "vow vows vowed vowing",
        "allege alleges alleged alleging",
        "recount recounts recounted recounting",
        "quip quips quipped quipping",
        "joke jokes joked joking",
        "lament laments lamented lamenting",
        "opine opines opined opining",
        "retort retorts retorted retorting",
        "caution cautions cautioned cautioning",
        "underscore underscores underscored underscoring",
        "reason reasons reasoned reasoning",
        "text texts texted texting",
        "email emails emailed emailing",
        "pointed_out",
        "points_out",
        "point_out",
        "pointing_out",
        "quoted_as_saying",
    ];

    /// <summary>
    /// Verbs that attribute speech only right next to a quotation ("…," she shouted); elsewhere in a sentence they
    /// usually mean something else ("charged with", "continued to").
    /// </summary>
    public static readonly string[] NextToQuoteOnly =
    [
        "continue continues continued continuing",
        "conclude concludes concluded concluding",
        "counter counters countered countering",
        "begin begins began beginning",
        "charge charges charged charging",
        "cry cries cried crying",
        "shout shouts shouted shouting",
        "yell yells yelled yelling",
        "scream screams screamed screaming",
        "whisper whispers whispered whispering",
        "mutter mutters muttered muttering",
        "murmur murmurs murmured murmuring",
        "snap snaps snapped snapping",
        "offer offers offered offering",
        "agree agrees agreed agreeing",
        "report reports reported reporting",
        "reveal reveals revealed revealing",
        "wonder wonders wondered wondering",
        "urge urges urged urging",
        "plead pleads pleaded pleading",
        "beg begs begged begging",
        "demand demands demanded demanding",
        "muse muses mused musing",
        "sigh sighs sighed sighing",
        "laugh laughs laughed laughing",
        "boast boasts boasted boasting",
        "brag brags bragged bragging",
        "chime chimes chimed chiming",
        "state states stated stating",
        "instruct instructs instructed instructing",
        "advise advises advised advising",
        "recommend recommends recommended recommending",
        "concur concurs concurred concurring",
        "encourage encourages encouraged encouraging",
        "remind reminds reminded reminding",
        "interject interjects interjected interjecting",
        "deny denies denied denying",
        "protest protests protested protesting",
        "elaborate elaborates elaborated elaborating",
        "proclaim proclaims proclaimed proclaiming",
        "speculate speculates speculated speculating",
        "blog blogs blogged blogging",
        "message messages messaged messaging",
        "went_on",
        "goes_on",
        "go_on",
        "summed_up",
        "sums_up",
    ];

    /// <summary>
    /// Base forms that are more often nouns ("the report", "his post", "a claim"): they count as verbs only after
    /// I, we, you or they ("they claim"). Any verb form right after a determiner is read as a noun.
    /// </summary>
    public static readonly string[] AlsoNouns =
    [
        "post", "report", "claim", "comment", "reply", "answer", "note", "text", "email", "message", "tweet", "blog",
        "quip", "joke", "remark", "state", "counter", "charge", "cry", "shout", "whisper", "laugh", "sigh", "boast",
        "demand", "protest", "offer", "promise", "vow", "reason", "caution", "recall", "stress", "respond", "begin",
        "continue", "muse", "plead", "beg", "murmur", "mutter", "yell", "scream", "snap", "brag", "chime", "object",
    ];

    /// <summary>Words that name a source after them, in several languages ("according to X", "selon X", "laut X").</summary>
    public static readonly string[] Sources =
    [
        "according_to", "selon", "d'après", "d’après", "según", "laut", "secondo", "segundo", "de_acuerdo_con",
        "de_acordo_com",
    ];

    /// <summary>
    /// Reporting verbs of other languages met on news pages (French, German, Spanish, Italian, Portuguese), used
    /// next to a quotation only: „…“, sagte Kroll / « … », a déclaré X / «…», dijo García.
    /// </summary>
    public static readonly string[] OtherLanguages =
    [
        "déclaré déclare dit explique expliqué ajoute ajouté souligne souligné indique indiqué affirme affirmé estime",
        "estimé précise précisé confie confié assure assuré résume résumé raconte raconté insiste insisté reconnaît",
        "reconnu annonce annoncé écrit répond répondu poursuit poursuivi martèle martelé rappelle rappelé regrette",
        "regretté dénonce dénoncé juge jugé lance lancé avertit averti confirme confirmé détaille détaillé",
        "sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint schrieb warnte kritisierte",
        "ergänzte ergänzt fügte berichtete berichtet sagt versicherte bekräftigte unterstrich",
        "dijo dice afirmó afirma explicó explica señaló señala añadió añade aseguró asegura indicó indica declaró",
        "declara comentó comenta destacó destaca subrayó subraya advirtió advierte sostuvo sostiene agregó agrega",
        "detto dichiarato spiegato aggiunto sottolineato affermato ha_detto ha_dichiarato ha_spiegato",
        "disse afirmou explicou acrescentou declarou destacou ressaltou garantiu",
    ];

    /// <summary>Auxiliaries that may stand before a participle right after a quotation ("« … », a déclaré X").</summary>
    public static readonly string[] Auxiliaries = ["a", "ont", "avait", "avaient", "ha", "han", "había", "hat", "hatte", "è", "tem", "teria"];

    /// <summary>Words that open an indirect object between an inverted verb and its subject ("a déclaré à l'AFP X").</summary>
    public static readonly string[] IndirectObjectMarkers = ["à", "au", "aux", "a", "al", "gegenüber", "to"];
}
