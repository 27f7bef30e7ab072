namespace Extractor.News;

/// <summary>A dateline found at the start of a block, and how many characters it and the space after it take.</summary>
internal readonly record struct DatelineMatch(Dateline Dateline, int Length);

/// <summary>
/// Reads a dateline at the start of a text: <c>LOCATION[/LOCATION][, Region][, Date] [(AGENCY)] SEPARATOR</c>,
/// <c>(AGENCY)</c>, or <c>Date (AGENCY) SEPARATOR</c>. A title-case place needs a region or an agency unless it
/// is one well-known place; a colon needs a well-known place, a region, a date or an agency (so that
/// <c>JAKE TAPPER:</c> and <c>DEAR ABBY:</c> are not datelines). Looks at a bounded prefix only.
/// </summary>
internal static class DatelineParser
{
    private const int MaxPrefix = 160;

    public static DatelineMatch? Parse(string text)
    {
        var c = new DatelineCursor(text, Math.Min(text.Length, MaxPrefix));
        if (c.Peek() == '(')
        {
            return c.Agency() is { } agency ? Finish(c, location: null, agency, date: null, needsSeparator: false) : null;
        }

        if (c.Date() is { } leadingDate)
        {
            c.Spaces();
            return c.Agency() is { } agency ? Finish(c, null, agency, leadingDate, needsSeparator: false) : null;
        }

        int start = c.Position;
        if (!c.Places(out bool allCaps, out int places, out int words, out bool known, out bool trap) || trap)
        {
            return null;
        }

        int locationEnd = c.Position;
        bool region = false;
        string? date = null;
        int mark = c.Position;
        if (c.Comma())
        {
            if (c.Region(allCaps))
            {
                region = true;
                locationEnd = c.Position;
                mark = c.Position;
                if (c.Comma() && c.Date() is { } d)
                {
                    date = d;
                }
                else
                {
                    c.Position = mark;
                }
            }
            else if (c.Date() is { } d)
            {
                date = d;
            }
            else
            {
                c.Position = mark;
            }
        }

        string location = text[start..locationEnd];
        mark = c.Position;
        c.Spaces();
        string? agencyName = c.Agency();
        if (agencyName is null && (allCaps || region || date is not null))
        {
            // An unlisted agency after a capitalised place counts only when a dash follows: "LONDON (GlobalWire) -".
            agencyName = c.Agency(allowUnknown: true);
            int afterAgency = c.Position;
            c.Spaces();
            bool dash = agencyName is not null && c.Separator(colonAllowed: false) is not null;
            c.Position = afterAgency;
            if (!dash)
            {
                agencyName = null;
            }
        }

        if (agencyName is null)
        {
            c.Position = mark;
        }

        bool titleOk = allCaps || region || agencyName is not null || (places == 1 && words == 1 && known);
        if (!titleOk)
        {
            return null;
        }

        return Finish(c, location, agencyName, date, needsSeparator: agencyName is null, colonAllowed: known || region || date is not null || agencyName is not null);
    }

    private static DatelineMatch? Finish(DatelineCursor c, string? location, string? agency, string? date, bool needsSeparator, bool colonAllowed = true)
    {
        int beforeSeparator = c.Position;
        c.Spaces();
        int end;
        if (c.Separator(colonAllowed) is { } separatorEnd)
        {
            end = separatorEnd;
        }
        else if (needsSeparator)
        {
            return null;
        }
        else
        {
            end = beforeSeparator;
        }

        c.Position = end;
        c.Spaces();
        int bodyStart = c.Position;
        string text = c.Text;
        if (bodyStart >= text.Length || !(char.IsLetterOrDigit(text[bodyStart]) || "“\"‘'«„(¿¡$£€".Contains(text[bodyStart], StringComparison.Ordinal)))
        {
            return null;
        }

        string written = text[..end].TrimEnd();
        return new DatelineMatch(new Dateline(written, location, agency, date), bodyStart);
    }
}
