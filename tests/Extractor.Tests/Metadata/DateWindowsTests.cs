using CsCheck;
using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class DateWindowsTests
{
    public static TheoryData<string> Texts => new()
    {
        "Published August 19, 2025 by Jane Doe",
        "Mis à jour le 19 de marzo de 2025 à 10h",
        "19. März 2025, 2025-02-22T10:00:00Z and 22/02/2025, 02/22/2025, 1.2.2025 and 3-4-2025.",
        "Sept.\n        5th,\t\t2024 (2024/09/05)",
        "News · March 1, 2024 · Headline",
        "Copyright 2024 · 12345 readers · 2024x · word2024 · 20245 · 1999-12-31",
        "March 1,2024 and March 1 2024 and 1st of May 2024 and May 2024",
        "de de de de 5 de mayo de 2023",
        "١٩ مارس ٢٠٢٥ and 19 März ٢٠٢٥",
        "",
        "   ",
        "2024",
        "no dates at all in this line of text",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Date_pattern_read_in_windows_finds_what_it_finds_over_the_whole_text(string text)
    {
        var whole = VisibleDate.DatePattern().Matches(text).Select(m => (m.Index, m.Value)).ToList();

        var windowed = VisibleDate.Matches(text).Select(m => (m.Index, m.Value)).ToList();

        Assert.Equal(whole, windowed);
    }

    [Fact]
    public void Date_pattern_read_in_windows_finds_every_date_in_long_text()
    {
        string text = string.Concat(Enumerable.Range(0, 200).Select(i =>
            $"Paragraph {i} of filler words, then {1 + (i % 28)} de {(i % 2 == 0 ? "marzo" : "April")} de {1990 + (i % 100)}; code {i * 37} and 20{i % 100:00}-0{1 + (i % 9)}-1{i % 10} end. "));

        var whole = VisibleDate.DatePattern().Matches(text).Select(m => (m.Index, m.Value)).ToList();

        Assert.Equal(whole, VisibleDate.Matches(text).Select(m => (m.Index, m.Value)).ToList());
        Assert.True(whole.Count >= 200);
    }

    [Fact]
    public void Windows_hold_the_year_word_and_the_four_words_before_it()
    {
        const string text = "one two three four five six 19 de marzo de 2025 seven eight";

        var windows = DateWindows.Find(text);

        Assert.Equal([(text.IndexOf("19", StringComparison.Ordinal), "19 de marzo de 2025".Length)], windows);
    }

    [Fact]
    public void Text_without_four_digits_in_a_row_has_no_window()
    {
        Assert.Empty(DateWindows.Find("March 1, 202 and 12/12/12 and 123 456"));
    }
    [Fact]
    public void Windows_are_those_of_a_word_by_word_reading()
    {
        // Words of digits, letters, non-ASCII digits and letters, joined by runs of ASCII and other whitespace.
        string[] pieces = ["2024", "12", "123", "12345", "x", "de", "March", "19.", "2024-02-22", "a2024b", "٢٠٢٥", "١٢", "März", "é", ",", "·"];
        string[] spaces = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", ""];
        Gen.Select(Gen.OneOf(pieces).Array[0, 40], Gen.OneOf(spaces).Array[40]).Sample(
            (words, gaps) =>
            {
                string text = string.Concat(words.Select((w, k) => gaps[k] + w));
                return DateWindows.Find(text).SequenceEqual(WordByWord(text));
            },
            iter: 5_000);
    }

    /// <summary>The windows as a reading word by word finds them: each word's start kept in a ring of the last five.</summary>
    private static List<(int Start, int Length)> WordByWord(string text)
    {
        var windows = new List<(int Start, int Length)>();
        int[] starts = new int[DateWindows.TokensBefore + 1];
        int tokens = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            int digits = 0;
            bool year = false;
            for (; i < text.Length && !char.IsWhiteSpace(text[i]); i++)
            {
                digits = char.IsDigit(text[i]) ? digits + 1 : 0;
                year |= digits >= 4;
            }

            starts[tokens % starts.Length] = start;
            tokens++;
            if (!year)
            {
                continue;
            }

            int from = starts[Math.Max(0, tokens - starts.Length) % starts.Length];
            if (windows.Count > 0 && windows[^1].Start + windows[^1].Length >= from)
            {
                from = windows[^1].Start;
                windows.RemoveAt(windows.Count - 1);
            }

            windows.Add((from, i - from));
        }

        return windows;
    }
}
