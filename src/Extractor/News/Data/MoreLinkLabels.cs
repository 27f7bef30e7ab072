namespace Extractor.News;

/// <summary>
/// Labels that introduce an inline link to another story (<c>More:</c>, <c>READ MORE:</c>, <c>See also:</c>).
/// Compared ignoring case, without the colon. Other short kickers ("Internal memo:") count only when the rest
/// of the block is a single headline linking to another story of the same site.
/// </summary>
internal static class MoreLinkLabels
{
    public static readonly string[] Labels =
    [
        "More", "Related", "Read more", "Read More", "See also", "Also read", "Also see", "Recommended",
        "Read", "Read also", "Related story", "Related stories", "Related article", "Related articles",
        "Related coverage", "Related content", "Related link", "Related links", "Related reading", "More coverage",
        "More on", "More on this", "More on this story", "More news", "More from", "Also", "Further reading",
        "Don't miss", "Don’t miss", "Must read", "Must-read", "Editor's pick", "Editor’s pick", "Editor's picks",
        "Editor’s picks", "You may also like", "You might also like", "You may also be interested",
        "You might also be interested", "You may also be interested in", "You might also be interested in", "Also on",
        "Previously", "Earlier", "Background", "Opinion",
        "Analysis", "Explainer", "Watch", "Listen", "Latest", "Top stories", "Trending", "Popular", "Next",
        "Up next", "Keep reading", "Continue reading", "Story continues", "In case you missed it", "ICYMI", "Sign up",
        "Subscribe", "Newsletter", "Download", "Follow", "Follow us", "Click here", "See more", "Learn more",
        "Get the latest", "For more", "Read the full story", "Read our full", "Read the full", "Read my full",
        "Read the entire", "Full coverage", "Live updates", "Photos", "Video",
        "Gallery", "Podcast",

        // Other languages: French, German, Spanish, Portuguese, Italian, Dutch.
        "Lire aussi", "À lire aussi", "A lire aussi", "Lire également", "À lire également", "Voir aussi",
        "Lesen Sie auch", "Lesen Sie mehr", "Mehr zum Thema", "Auch interessant", "Das könnte Sie auch interessieren",
        "Leer más", "Lee también", "Lea también", "Leia mais", "Leia também", "Veja também", "Saiba mais",
        "Leggi anche", "Leggi pure", "Lees ook", "Lees meer",
    ];

    /// <summary>
    /// The labels that introduce a link without a colon too ("Also read <c>&lt;a&gt;</c>how to save on repairs<c>&lt;/a&gt;</c>."):
    /// only those that tell the reader to read on. "Follow us", "Sign up" or "Learn more" before a link are the
    /// sentence's own words without their colon.
    /// </summary>
    public static readonly string[] WithoutColon =
    [
        "Also read", "Read also", "See also", "Also see", "Read more", "More on", "Related reading", "Further reading",
        "Read our full", "Read the full", "Read my full", "Read the entire",
        "Lire aussi", "À lire aussi", "A lire aussi", "Voir aussi", "Lesen Sie auch", "Lee también", "Lea también",
        "Leia também", "Veja também", "Leggi anche", "Lees ook",
    ];
}
