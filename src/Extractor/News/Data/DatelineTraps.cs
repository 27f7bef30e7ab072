namespace Extractor.News;

/// <summary>
/// Capitalised words that open body blocks without being places: kickers, section and sport labels, column and
/// transcript labels (<c>DEAR ABBY:</c>, <c>Q:</c>, <c>UPDATE:</c>, <c>GIRLS BASKETBALL</c>). A would-be location
/// holding any of them is not a dateline. Compared ignoring case.
/// </summary>
internal static class DatelineTraps
{
    public static readonly string[] Words =
    [
        "Q", "A", "DEAR", "ABBY", "ANNIE", "AMY", "CAROLYN", "UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "ANALYSIS",
        "OPINION", "EDITORIAL", "COMMENTARY", "COLUMN", "EDITOR'S", "EDITORS", "EDITOR’S", "NOTE", "CORRECTION",
        "CLARIFICATION", "WATCH", "LISTEN", "LIVE", "VIDEO", "PHOTOS", "PHOTO", "GALLERY", "PODCAST", "RELATED",
        "MORE", "READ", "ALSO", "SEE", "LATEST", "WHAT", "WHY", "HOW", "WHO", "WHEN", "WHERE", "FIRST",
        "TRANSCRIPT", "INTERVIEWER", "HOST", "ANCHOR", "MODERATOR", "REPORTER", "CORRESPONDENT", "SPEAKER",
        "UNIDENTIFIED", "FEMALE", "VOICE", "ANNOUNCER", "NARRATOR", "PRESIDENT", "SEN", "SENATOR", "REP",
        "GOV", "GOVERNOR", "MR", "MRS", "MS", "DR", "PROF",
        "BOYS", "GIRLS", "MEN'S", "WOMEN'S", "MEN’S", "WOMEN’S", "BASKETBALL", "FOOTBALL", "SOCCER", "BASEBALL",
        "SOFTBALL", "VOLLEYBALL", "HOCKEY", "TENNIS", "GOLF", "WRESTLING", "SWIMMING", "TRACK", "FIELD", "LACROSSE",
        "CROSS", "COUNTRY", "PREP", "PREPS", "SPORTS", "SCORES", "RESULTS", "ROUNDUP", "BRIEFS", "BRIEFLY",
        "NEWS", "WEATHER", "TRAFFIC", "OBITUARY", "OBITUARIES", "SPONSORED", "ADVERTISEMENT", "PARTNER", "CONTENT",
        "TOP", "STORIES", "HEADLINES", "SUMMARY", "POINTS", "TAKEAWAYS", "TL;DR", "TLDR", "NOTICE", "WARNING",
        "SPOILER", "SPOILERS", "DISCLAIMER", "DISCLOSURE", "EDITOR", "UPDATES", "ALERT", "FLASH", "URGENT",
        "BULLETIN", "FACT", "CHECK", "FACTBOX", "EXPLAINER", "INSIGHT", "REVIEW", "RECIPE", "INGREDIENTS",
        "DIRECTIONS", "STEP", "CHAPTER", "PART", "EPISODE", "SEASON", "ROUND", "GAME", "WEEK", "DAY",
    ];

    /// <summary>Words that make a parenthesised phrase a credit, not an unlisted agency ("(Photo: …)", "(File)").</summary>
    public static readonly string[] NotAgencies = ["Photo", "Photos", "Video", "File", "Image", "Images", "Graphic", "Watch", "Listen", "Updated", "Opinion"];
}
