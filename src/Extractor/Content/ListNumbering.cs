using AngleSharp.Dom;

namespace Extractor.Content;

/// <summary>
/// The number a reader sees before an item of an ordered list, as HTML defines it: the list's <c>start</c>
/// (by default 1, or the number of items when the list is <c>reversed</c>), counting up (or down) from item to item,
/// an item's own <c>value</c> resetting the count. Each list's last item numbered is remembered, so that numbering a
/// list's items in order walks each sibling once.
/// </summary>
internal sealed class ListNumbering
{
    /// <summary>Each list's last numbered item and its number (nested lists interleave with their parent's items).</summary>
    private readonly Dictionary<IElement, (IElement Item, int Number)> last = new(ReferenceEqualityComparer.Instance);

    /// <summary>The number of <paramref name="item"/>, an <c>li</c> child of the ordered list <paramref name="list"/>.</summary>
    public int NumberOf(IElement item, IElement list)
    {
        bool found = last.TryGetValue(list, out var previous);
        if (found && previous.Item == item)
        {
            return previous.Number;
        }

        bool reversed = list.HasAttribute("reversed");
        int step = reversed ? -1 : 1;
        var from = found ? previous.Item : null;
        int skipped = 0;
        int siblingValue = 0;
        IElement? sibling = item.PreviousElementSibling;
        while (sibling is not null && sibling != from && !(sibling.LocalName == "li" && TryValue(sibling, out siblingValue)))
        {
            skipped += sibling.LocalName == "li" ? 1 : 0;
            sibling = sibling.PreviousElementSibling;
        }

        int number;
        if (TryValue(item, out int own))
        {
            number = own;
        }
        else if (sibling is null)
        {
            number = Start(list, reversed) + (step * skipped);
        }
        else
        {
            int before = sibling == from ? previous.Number : siblingValue;
            number = before + (step * (skipped + 1));
        }

        last[list] = (item, number);
        return number;
    }

    private static int Start(IElement list, bool reversed)
    {
        if (TryInteger(list.GetAttribute("start"), out int start))
        {
            return start;
        }

        return reversed ? list.Children.Count(c => c.LocalName == "li") : 1;
    }

    private static bool TryValue(IElement item, out int value) => TryInteger(item.GetAttribute("value"), out value);

    /// <summary>An integer as HTML reads one: leading whitespace, an optional minus, digits; the rest ignored.</summary>
    private static bool TryInteger(string? text, out int value)
    {
        value = 0;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().TrimStart();
        bool negative = span.Length > 0 && span[0] == '-';
        span = negative ? span[1..] : span;
        int digits = 0;
        while (digits < span.Length && digits < 9 && char.IsAsciiDigit(span[digits]))
        {
            value = (value * 10) + (span[digits] - '0');
            digits++;
        }

        value = negative ? -value : value;
        return digits > 0;
    }
}
