using System.Collections.Frozen;

namespace Extractor.Cleaning;

/// <summary>
/// Class words of the lines set between an article's headline and its text: subtitles, standfirsts, decks,
/// kickers and excerpts. They repeat the page's summary and are not body text when they lead it. Data.
/// </summary>
internal static class StandfirstVocabulary
{
    /// <summary>Words (as <see cref="ClassTokenMatcher"/> splits class values) that name a standfirst.</summary>
    public static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "subtitle", "subhead", "subheadline", "standfirst", "dek", "deck", "kicker", "excerpt", "tagline", "strapline", "teaser",
    ]);
}
