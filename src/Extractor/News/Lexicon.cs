using System.Collections.Frozen;

namespace Extractor.News;

/// <summary>The data files turned into frozen look-up sets, built once.</summary>
internal static class Lexicon
{
    public static readonly FrozenSet<string> Agencies = Exact(NewsAgencies.Names);
    public static readonly FrozenSet<string> Regions = IgnoreCase(
        [.. UsStates.ApAbbreviations, .. UsStates.FullNames, .. Countries.Names, .. OtherRegions.Names]);

    public static readonly FrozenSet<string> PostalCodes = Exact(UsStates.PostalCodes);
    public static readonly FrozenSet<string> Places = IgnoreCase(
        [.. WellKnownPlaces.Cities, .. UsStates.FullNames, .. Countries.Names, .. OtherRegions.Names]);

    public static readonly FrozenSet<string> Months = Exact(News.Months.Names);
    public static readonly FrozenSet<string> DatelineTrapWords = IgnoreCase(DatelineTraps.Words);
    public static readonly FrozenSet<string> NotAgencies = IgnoreCase(DatelineTraps.NotAgencies);
    public static readonly FrozenSet<string> MoreLabels = IgnoreCase(MoreLinkLabels.Labels);

    /// <summary>The first words of the "More:" labels: a block that opens with none of them opens with no label.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MoreLabelOpeners =
        IgnoreCase(MoreLinkLabels.Labels.Select(l => l.Split(' ')[0])).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BareMoreLabels =
        IgnoreCase(MoreLinkLabels.WithoutColon).GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string> IndirectObjectMarkers = Exact(ReportingVerbs.IndirectObjectMarkers);
    public static readonly FrozenSet<string> Abbreviations = Exact(News.Abbreviations.Words);

    public static readonly FrozenSet<string> ResolvablePronouns = IgnoreCase(SpeakerVocabulary.ResolvablePronouns);
    public static readonly FrozenSet<string> Pronouns = IgnoreCase(
        [.. SpeakerVocabulary.ResolvablePronouns, .. SpeakerVocabulary.OtherPronouns]);

    public static readonly FrozenSet<string> Determiners = IgnoreCase(SpeakerVocabulary.Determiners);
    public static readonly FrozenSet<string> TitleModifiers = IgnoreCase(SpeakerTitles.TitleModifiers);
    public static readonly FrozenSet<string> TitleNouns = IgnoreCase(SpeakerTitles.TitleNouns);
    public static readonly FrozenSet<string> GroupSpeakers = IgnoreCase(SpeakerTitles.GroupSpeakers);
    public static readonly FrozenSet<string> PhraseIdioms = IgnoreCase(SpeakerTitles.PhraseIdioms);
    public static readonly FrozenSet<string> NameConnectors = IgnoreCase(SpeakerVocabulary.NameConnectors);
    public static readonly FrozenSet<string> PhraseEnders = IgnoreCase(SpeakerVocabulary.PhraseEnders);
    public static readonly FrozenSet<string> ClauseWords = IgnoreCase(SpeakerVocabulary.ClauseWords);
    public static readonly FrozenSet<string> Prepositions = IgnoreCase(SpeakerVocabulary.Prepositions);
    public static readonly FrozenSet<string> VerbModifiers = IgnoreCase(SpeakerVocabulary.VerbModifiers);
    public static readonly FrozenSet<string> LeadingConjunctions = IgnoreCase(SpeakerVocabulary.LeadingConjunctions);
    public static readonly FrozenSet<string> TimeWords = IgnoreCase(SpeakerVocabulary.TimeWords);
    public static readonly FrozenSet<string> NamingCues = IgnoreCase(SpeakerVocabulary.NamingCues);
    public static readonly FrozenSet<string> NonPersonWords = IgnoreCase(NonPersonNames.Words);

    private static FrozenSet<string> Exact(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words ignoring case, each written with an apostrophe also with the typographic one (U+2019), as
    /// most pages write "don’t".</summary>
    private static FrozenSet<string> IgnoreCase(IEnumerable<string> words) =>
        words.SelectMany(w => w.Contains('\'', StringComparison.Ordinal) ? [w, w.Replace('\'', '\u2019')] : new[] { w })
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
