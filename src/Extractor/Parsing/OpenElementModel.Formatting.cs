namespace Extractor.Parsing;

// The list of active formatting elements: the entries the parser keeps for <b>, <a>, <font> and the like, their
// three-of-a-kind limit, their closing by a misnested end tag, and their reopening ("reconstruction") at the next text.
internal sealed partial class OpenElementModel
{
    private void AddFormatting(Entry entry, int attributes)
    {
        // Noah's Ark: at most three identical entries after the last marker; the earliest goes.
        int same = 0;
        int earliest = -1;
        for (int i = active.Count - 1; i >= 0 && active[i] is { } candidate; i--)
        {
            if (candidate.Name == entry.Name && candidate.Attributes == attributes)
            {
                same++;
                earliest = i;
            }
        }

        if (same >= 3)
        {
            RemoveActive(earliest);
        }

        var formatting = new FormattingEntry(entry.Name, attributes) { Element = entry };
        entry.Formatting = formatting;
        active.Add(formatting);
    }

    private FormattingEntry? LastActive(string name)
    {
        for (int i = active.Count - 1; i >= 0 && active[i] is { } candidate; i--)
        {
            if (candidate.Name == name)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>An end tag of a formatting element: the adoption agency algorithm, in outline.</summary>
    private void EndFormatting(string name)
    {
        FormattingEntry? formatting = LastActive(name);
        if (formatting is null)
        {
            EndTag(name, TagFlags.None);
            return;
        }

        if (formatting.Element is not { } element)
        {
            RemoveActive(active.IndexOf(formatting));
            return;
        }

        int index = stack.LastIndexOf(element);
        if (!InScope(name))
        {
            return;
        }

        int furthestBlock = -1;
        for (int i = index + 1; i < stack.Count; i++)
        {
            if ((stack[i].Flags & TagFlags.Special) != 0)
            {
                furthestBlock = i;
                break;
            }
        }

        if (furthestBlock < 0)
        {
            element.Formatting = null;
            active.Remove(formatting);
            PopTo(index);
            return;
        }

        // The block stays open and gets a copy of the formatting element inside it; the ordinary elements
        // between them leave the stack, the formatting ones are copied (kept here: never underestimate).
        Entry block = stack[furthestBlock];
        for (int i = furthestBlock - 1; i > index; i--)
        {
            if (stack[i].Formatting is null)
            {
                RemoveFromStack(i);
            }
            else
            {
                Elements++;
            }
        }

        element.Formatting = null;
        RemoveFromStack(stack.IndexOf(element));
        var copy = new Entry(element.Name, element.Flags, childrenForeign: false) { Formatting = formatting };
        formatting.Element = copy;
        Insert(stack.IndexOf(block) + 1, copy);
        Elements++;
    }

    private void Reconstruct()
    {
        if (detached == 0)
        {
            return;
        }

        int first = active.Count;
        while (first > 0 && active[first - 1] is { Element: null })
        {
            first--;
        }

        for (int i = first; i < active.Count; i++)
        {
            FormattingEntry formatting = active[i]!;
            Entry entry = Push(formatting.Name, TagVocabulary.Flags[formatting.Name], childrenForeign: false);
            entry.Formatting = formatting;
            formatting.Element = entry;
            detached--;
        }
    }

    private void RemoveActive(int index)
    {
        FormattingEntry formatting = active[index]!;
        if (formatting.Element is null)
        {
            detached--;
        }
        else
        {
            formatting.Element.Formatting = null;
        }

        active.RemoveAt(index);
    }

    private void ClearToLastMarker()
    {
        while (active.Count > 0)
        {
            int last = active.Count - 1;
            if (active[last] is null)
            {
                active.RemoveAt(last);
                return;
            }

            RemoveActive(last);
        }
    }

    private sealed class FormattingEntry(string name, int attributes)
    {
        public string Name { get; } = name;

        public int Attributes { get; } = attributes;

        public Entry? Element { get; set; }
    }
}
