namespace Extractor.News;

/// <summary>A forward-only reader over a dateline's bounded prefix; each method consumes its piece or nothing.</summary>
internal sealed partial class DatelineCursor(string text, int limit)
{
    private static readonly string[] PlaceConnectors = ["de", "del", "la", "las", "los", "of", "upon", "on", "am", "an", "sur", "da", "do", "dos", "es", "el"];

    public string Text { get; } = text;

    private int Limit { get; } = limit;

    public int Position { get; set; }

    public char Peek() => Position < Limit ? Text[Position] : '\0';

    public void Spaces()
    {
        while (Position < Limit && char.IsWhiteSpace(Text[Position]))
        {
            Position++;
        }
    }

    /// <summary>", " (the comma and the spaces after it).</summary>
    public bool Comma()
    {
        if (Peek() != ',')
        {
            return false;
        }

        Position++;
        Spaces();
        return true;
    }

    /// <summary>"(AP)", "(CNN Business)", "(KTLA)": a known agency or broadcast call letters in parentheses.</summary>
    public string? Agency(bool allowUnknown = false)
    {
        if (Peek() != '(')
        {
            return null;
        }

        int close = Text.IndexOf(')', Position, Math.Min(42, Limit - Position));
        if (close < 0)
        {
            return null;
        }

        string inner = Text[(Position + 1)..close].Trim();
        if (!Lexicon.Agencies.Contains(inner) && !IsCallSign(inner) && !IsJointAgency(inner) && !(allowUnknown && LooksLikeAgency(inner)))
        {
            return null;
        }

        Position = close + 1;
        return inner;
    }

    /// <summary>One to three places of one to four words joined by "/"; all capitals, or title case.</summary>
    public bool Places(out bool allCaps, out int places, out int words, out bool known, out bool trap)
    {
        allCaps = true;
        known = true;
        trap = false;
        places = 0;
        words = 0;
        while (places < 3)
        {
            int start = Position;
            int count = 0;
            bool caps = true;
            bool title = true;
            int end = Position;
            while (count < 4)
            {
                int wordStart = Position;
                string? word = Word();
                if (word is null || !char.IsLetter(word[0]))
                {
                    Position = wordStart;
                    break;
                }

                bool isCaps = SpeakerPhrase.IsAllCaps(word);
                bool isConnector = count > 0 && PlaceConnectors.Contains(word);
                bool isTitle = char.IsUpper(word[0]) && !isCaps;
                if ((count > 0 && caps && !isCaps) || (count > 0 && !caps && !(isTitle || isConnector)) || (count == 0 && !char.IsUpper(word[0])))
                {
                    Position = wordStart;
                    break;
                }

                caps &= isCaps;
                title &= isTitle || isConnector;
                trap |= Lexicon.DatelineTrapWords.Contains(word.TrimEnd('.')) || word.TrimEnd('.').Length == 1;
                count++;
                end = Position;
                if (Position < Limit && char.IsWhiteSpace(Text[Position]) && Position + 1 < Limit && char.IsLetter(Text[Position + 1]))
                {
                    Position++;
                    continue;
                }

                break;
            }

            Position = end;
            if (count == 0 || !(caps || title) || PlaceConnectors.Contains(Text[start..end].Split(' ')[^1]))
            {
                return false;
            }

            allCaps &= caps;
            known &= Lexicon.Places.Contains(Text[start..end]);
            places++;
            words += count;
            int mark = Position;
            Spaces();
            if (Peek() == '/')
            {
                Position++;
                Spaces();
                continue;
            }

            Position = mark;
            break;
        }

        return places > 0;
    }

    /// <summary>A region after the comma: a state, a country or a province; an unknown title-case one only after a capitalised city.</summary>
    public bool Region(bool allCapsLocation)
    {
        int start = Position;
        var ends = new List<int>(4);
        for (int n = 0; n < 4; n++)
        {
            if (Word() is null)
            {
                break;
            }

            ends.Add(Position);
            if (Position + 1 < Limit && char.IsWhiteSpace(Text[Position]) && char.IsLetter(Text[Position + 1]))
            {
                Position++;
            }
            else
            {
                break;
            }
        }

        for (int n = ends.Count - 1; n >= 0; n--)
        {
            string candidate = Text[start..ends[n]];
            if (Lexicon.Regions.Contains(candidate) || Lexicon.PostalCodes.Contains(candidate))
            {
                Position = ends[n];
                return true;
            }
        }

        if (allCapsLocation && ends.Count is > 0 and <= 3)
        {
            string candidate = Text[start..ends[^1]];
            bool titleWords = candidate.Split(' ').All(w => char.IsUpper(w[0]) && !SpeakerPhrase.IsAllCaps(w));
            Position = ends[^1];
            int mark = Position;
            Spaces();
            bool closes = Peek() == '(' || Separator(colonAllowed: false) is not null;
            Position = mark;
            if (titleWords && closes)
            {
                return true;
            }
        }

        Position = start;
        return false;
    }

    /// <summary>A dash (followed by a space, or touching the next word for the long dashes) or a colon; returns the end.</summary>
    public int? Separator(bool colonAllowed)
    {
        foreach (string dash in DatelineSeparators.Dashes)
        {
            if (string.CompareOrdinal(Text, Position, dash, 0, dash.Length) == 0 && Position + dash.Length <= Limit)
            {
                int after = Position + dash.Length;
                if (after < Limit && char.IsWhiteSpace(Text[after]))
                {
                    return after;
                }

                if (DatelineSeparators.Unspaced.Contains(dash) && after < Limit && !char.IsWhiteSpace(Text[after]) && !char.IsPunctuation(Text[after]))
                {
                    return after;
                }

                return null;
            }
        }

        if (colonAllowed && Peek() == DatelineSeparators.Colon[0] && Position + 1 < Limit && char.IsWhiteSpace(Text[Position + 1]))
        {
            return Position + 1;
        }

        return null;
    }

    /// <summary>A word of letters with inner or final periods, apostrophes and hyphens ("N.M.", "ST.", "WINSTON-SALEM").</summary>
    private string? Word()
    {
        int start = Position;
        while (Position < Limit)
        {
            char ch = Text[Position];
            if (char.IsLetter(ch))
            {
                Position++;
            }
            else if (ch is '.' && Position > start)
            {
                Position++;
            }
            else if (ch is '\'' or '’' or '-' && Position > start && Position + 1 < Limit && char.IsLetter(Text[Position + 1]))
            {
                Position++;
            }
            else
            {
                break;
            }
        }

        return Position > start ? Text[start..Position] : null;
    }

    /// <summary>An unlisted agency: one to three capitalised words ("GlobalWire", "Valley News Service").</summary>
    private static bool LooksLikeAgency(string inner)
    {
        string[] words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && inner.Length <= 30
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '.' or '&'))
            && !words.Any(w => Lexicon.Months.Contains(w) || Lexicon.NotAgencies.Contains(w));
    }

    /// <summary>A listed agency joined by "/" to partner agencies or to a regional desk code, as wires sign shared or
    /// regional copy: <c>dpa/lhe</c>, <c>dpa/lnw</c>, <c>AFP/dpa</c>, <c>Reuters/AP</c>. The first part must be listed;
    /// the others are listed agencies or desk codes of two to four lower-case letters.</summary>
    private static bool IsJointAgency(string inner)
    {
        string[] parts = inner.Split('/', StringSplitOptions.TrimEntries);
        return parts.Length is 2 or 3
            && Lexicon.Agencies.Contains(parts[0])
            && parts.Skip(1).All(p => Lexicon.Agencies.Contains(p) || (p.Length is >= 2 and <= 4 && p.All(char.IsAsciiLetterLower)));
    }

    private static bool IsCallSign(string inner)
    {
        string core = inner.Split('-')[0];
        return core.Length is 3 or 4 && core[0] is 'K' or 'W' && core.All(char.IsAsciiLetterUpper)
            && (core.Length == inner.Length || inner[core.Length..] is "-TV" or "-DT" or "-FM" or "-AM" or "-CD");
    }
}
