namespace Extractor.News;

/// <summary>
/// Resolves "he" and "she" to the last named person, only when that is unambiguous: no other person-like name in
/// narration since, no common-noun speaker ("the official") in between, within three paragraphs, and the same
/// pronoun as before for that person. "They", "it", "I" and "we" stay as written.
/// </summary>
internal static class SpeakerResolver
{
    private const int MaxParagraphDistance = 3;

    public static void Resolve(IReadOnlyList<Attribution> events, IReadOnlyList<Mention> mentions)
    {
        var persons = new Dictionary<string, Person>(StringComparer.Ordinal);
        Person? current = null;
        bool contested = false;
        int m = 0;
        for (int e = 0; e < events.Count; e++)
        {
            Attribution a = events[e];
            while (m < mentions.Count && Before(mentions[m].Paragraph, mentions[m].Position, a.Paragraph, a.Position))
            {
                Mention mention = mentions[m++];
                if (current is not null && !InsideEarlierEvent(events, e, mention) && Competes(mention, current, persons))
                {
                    contested = true;
                }
            }

            if (a.IsNamedPerson)
            {
                if (!persons.TryGetValue(a.LastWord, out current))
                {
                    current = new Person(a.AsWritten, a.LastWord);
                    persons.Add(a.LastWord, current);
                }
                else if (a.AsWritten.Length > current.Name.Length)
                {
                    current.Name = a.AsWritten;
                }

                current.Paragraph = a.Paragraph;
                contested = false;
            }
            else if (a.IsResolvablePronoun)
            {
                string pronoun = a.AsWritten.ToLowerInvariant();
                if (current is not null && !contested && pronoun != "they" && a.Paragraph - current.Paragraph <= MaxParagraphDistance
                    && (current.Pronoun is null || current.Pronoun == pronoun))
                {
                    a.Speaker = current.Name;
                    current.Pronoun = pronoun;
                    current.Paragraph = a.Paragraph;
                }
            }
            else if (!Lexicon.Pronouns.Contains(a.AsWritten))
            {
                current = null;
            }
        }
    }

    private static bool Before(int paragraph, int position, int otherParagraph, int otherPosition) =>
        paragraph < otherParagraph || (paragraph == otherParagraph && position < otherPosition);

    private static bool InsideEarlierEvent(IReadOnlyList<Attribution> events, int next, Mention mention)
    {
        for (int k = next - 1; k >= 0 && k >= next - 3; k--)
        {
            Attribution a = events[k];
            if (a.Paragraph == mention.Paragraph && mention.Position >= a.Position && mention.Position < a.Position + a.AsWritten.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Competes(Mention mention, Person current, Dictionary<string, Person> persons)
    {
        if (mention.LastWord == current.LastWord || (current.Name.Length < 200 && current.Name.Contains(mention.LastWord, StringComparison.Ordinal)))
        {
            return false;
        }

        return mention.Words >= 2 || mention.Subject || persons.ContainsKey(mention.LastWord);
    }

    private sealed class Person(string name, string lastWord)
    {
        public string Name { get; set; } = name;

        public string LastWord { get; } = lastWord;

        public int Paragraph { get; set; }

        public string? Pronoun { get; set; }
    }
}
