namespace Extractor.News;

/// <summary>The dates a dateline may carry: "Dec. 14", "Aug 31", "March 3, 2021", "14 December".</summary>
internal sealed partial class DatelineCursor
{
    /// <summary>"Dec. 14", "Aug 31", "March 3, 2021", "14 December": a month and a day as written.</summary>
    public string? Date()
    {
        int start = Position;
        string? first = Word();
        if (first is null)
        {
            Position = start;
            return null;
        }

        if (Lexicon.Months.Contains(first) && Position < Limit && char.IsWhiteSpace(Text[Position]))
        {
            Position++;
            if (Digits(1, 2, 31) is not null)
            {
                Year();
                return Text[start..Position];
            }
        }

        Position = start;
        if (Digits(1, 2, 31) is not null && Position < Limit && char.IsWhiteSpace(Text[Position]))
        {
            Position++;
            if (Word() is { } month && Lexicon.Months.Contains(month) && month.Length > 3)
            {
                Year();
                return Text[start..Position];
            }
        }

        Position = start;
        return null;
    }

    private string? Digits(int min, int max, int largest)
    {
        int start = Position;
        while (Position < Limit && char.IsAsciiDigit(Text[Position]) && Position - start < max)
        {
            Position++;
        }

        if (Position - start < min || (Position < Limit && char.IsAsciiDigit(Text[Position])))
        {
            Position = start;
            return null;
        }

        string digits = Text[start..Position];
        if (int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is < 1 || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) > largest)
        {
            Position = start;
            return null;
        }

        return digits;
    }

    private void Year()
    {
        int mark = Position;
        if (Peek() == ',')
        {
            Position++;
        }

        if (Peek() == ' ')
        {
            Position++;
            int start = Position;
            while (Position < Limit && char.IsAsciiDigit(Text[Position]) && Position - start < 4)
            {
                Position++;
            }

            if (Position - start == 4 && (Position >= Limit || !char.IsAsciiDigit(Text[Position])))
            {
                return;
            }
        }

        Position = mark;
    }
}
