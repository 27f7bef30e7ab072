namespace Extractor.News;

/// <summary>
/// Finds name-like runs of capitalised words in narration ("Sarah Lee", "Vanco agrees"): people a pronoun might
/// refer to instead of the last named speaker. Places, organisations, months and sentence openers are left out.
/// </summary>
internal static class MentionFinder
{
    public static List<Mention> Find(List<Token> tokens, int[] sentenceOf, int paragraph)
    {
        var mentions = new List<Mention>();
        int k = 0;
        while (k < tokens.Count)
        {
            if (!tokens[k].IsCapitalized)
            {
                k++;
                continue;
            }

            int start = k;
            while (k < tokens.Count && tokens[k].IsCapitalized && k - start < 8)
            {
                k++;
            }

            int from = start;
            bool sentenceInitial = start == 0 || sentenceOf[start - 1] != sentenceOf[start] || !tokens[start - 1].IsWord;
            while (from < k && (Lexicon.Determiners.Contains(tokens[from].Text) || Lexicon.LeadingConjunctions.Contains(tokens[from].Text)
                || Lexicon.ClauseWords.Contains(tokens[from].Text) || Lexicon.Pronouns.Contains(tokens[from].Text)))
            {
                from++;
                sentenceInitial = false;
            }

            bool person = from < k;
            for (int w = from; w < k && person; w++)
            {
                string word = tokens[w].Text;
                person = !Lexicon.NonPersonWords.Contains(word) && !Lexicon.Places.Contains(word) && !Lexicon.Agencies.Contains(word)
                    && !Lexicon.Months.Contains(word) && !SpeakerPhrase.IsAllCaps(word);
            }

            // A lone capitalised word opening a sentence is a name only before a verb-like word ("Vanco agrees").
            bool verbNext = k < tokens.Count && tokens[k].IsLower && (tokens[k].Text.EndsWith('s') || tokens[k].Text.EndsWith("ed", StringComparison.Ordinal));
            if (person && (k - from >= 2 || !sentenceInitial || verbNext))
            {
                mentions.Add(new Mention(paragraph, tokens[from].Start, WithoutPossessive(tokens[k - 1].Text), k - from, verbNext));
            }
        }

        return mentions;
    }

    private static string WithoutPossessive(string word) =>
        SpeakerPhrase.IsPossessive(word) ? word[..^2] : word;
}
