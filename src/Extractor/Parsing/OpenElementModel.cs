namespace Extractor.Parsing;

/// <summary>
/// A cheap model of the HTML tree builder's stack of open elements and list of active formatting elements, fed
/// one tag at a time by <see cref="HostileInputGuard"/>. It errs on the deep side: the depth it reports is never
/// less than the depth the parser reaches on the same tags, so refusing the start tags that would take it past
/// the limit bounds the real DOM. Formatting elements that were closed by a misnested end tag but are still
/// active count as open, because the parser reopens ("reconstructs") them at the next text.
/// </summary>
internal sealed class OpenElementModel
{
    private readonly List<Entry> stack = [];
    private readonly List<FormattingEntry?> active = []; // null is a marker
    private readonly Dictionary<string, int> openCounts = new(StringComparer.Ordinal);
    private readonly int maxDepth;
    private readonly int formattingBudget;
    private int detached; // active formatting entries that are not on the stack
    private int formattingOpen; // formatting elements on the stack

    public OpenElementModel(int maxDepth)
    {
        this.maxDepth = maxDepth;

        // Unclosed formatting elements (<b>, <font>, ...) may take a quarter of the depth, so that a flood of them
        // leaves room for the paragraphs and links that come after: those matter, the formatting does not.
        formattingBudget = Math.Max(8, maxDepth / 4);
    }

    /// <summary>The elements the parser creates for the tags seen so far, estimated.</summary>
    public long Elements { get; private set; }

    /// <summary>The depth below <c>body</c>: open elements plus formatting elements waiting to be reopened.</summary>
    public int Depth => stack.Count + detached;

    /// <summary>Whether the current insertion point is inside SVG or MathML (not at an integration point).</summary>
    public bool InForeignContent => stack.Count > 0 && stack[^1].ChildrenForeign;

    /// <summary>Text that is not only whitespace: the parser reopens the detached formatting elements first.</summary>
    public void Text()
    {
        if (!InForeignContent)
        {
            Reconstruct();
        }
    }

    /// <summary>Takes a start tag and tells what became of it.</summary>
    /// <param name="name">The lower-case tag name.</param>
    /// <param name="flags">Its flags from <see cref="TagVocabulary"/>.</param>
    /// <param name="selfClosing">Whether the tag ends with <c>/&gt;</c>.</param>
    /// <param name="attributes">An order-independent hash of the attributes (for the "Noah's Ark" rule).</param>
    /// <param name="signals">Attributes that matter inside SVG and MathML.</param>
    public StartTagOutcome StartTag(string name, TagFlags flags, bool selfClosing, int attributes, AttributeSignals signals)
    {
        if (InForeignContent)
        {
            if ((flags & TagFlags.BreaksOutOfForeign) == 0 && !(name == "font" && (signals & AttributeSignals.FontLeavesForeign) != 0))
            {
                if (selfClosing)
                {
                    Elements++;
                    return StartTagOutcome.Kept;
                }

                if (Depth + 1 > maxDepth)
                {
                    return StartTagOutcome.Dropped;
                }

                string space = stack[^1].Name == "svg" || stack[^1].Namespace == "svg" ? "svg" : "math";
                bool integrationPoint = space == "svg"
                    ? TagVocabulary.SvgIntegrationPoints.Contains(name)
                    : TagVocabulary.MathIntegrationPoints.Contains(name) || (name == "annotation-xml" && (signals & AttributeSignals.HtmlEncoding) != 0);
                Entry child = Push(name, integrationPoint ? TagFlags.Special | TagFlags.ScopeBoundary : TagFlags.None, childrenForeign: !integrationPoint);
                child.Namespace = space;
                return StartTagOutcome.Kept;
            }

            while (InForeignContent)
            {
                Pop();
            }
        }

        if (InSelect())
        {
            StartTagOutcome? inSelect = StartTagInSelect(name);
            if (inSelect is { } outcome)
            {
                return outcome;
            }
        }

        if (name == "frameset")
        {
            // Left out always: a frameset page has its text in other documents, and the frameset insertion mode
            // (which ignores scripts' raw text and most tags) is where the parser and this model could disagree.
            return StartTagOutcome.Dropped;
        }

        if ((flags & TagFlags.Ignored) != 0)
        {
            return StartTagOutcome.Kept;
        }

        if ((flags & (TagFlags.Void | TagFlags.RawText)) != 0)
        {
            // No lasting depth: the element ends at once (void) or at its own end tag, its content being text.
            if ((flags & TagFlags.ClosesParagraph) != 0)
            {
                CloseParagraph();
            }

            Reconstruct();
            Elements++;
            return (flags & TagFlags.RawText) != 0 ? StartTagOutcome.RawText : StartTagOutcome.Kept;
        }

        if (name == "form" && IsOpen("form"))
        {
            return StartTagOutcome.Kept; // the parser ignores a nested form
        }

        if ((flags & TagFlags.TablePart) != 0 && !IsOpen("table") && !IsOpen("template"))
        {
            return StartTagOutcome.Kept; // table parts outside a table (or a template) are ignored
        }

        int implicitParents = ImplicitTableParents(name);
        if ((flags & TagFlags.Formatting) != 0 && formattingOpen + detached >= formattingBudget)
        {
            return StartTagOutcome.Dropped;
        }

        if (Depth + implicitParents + 1 > maxDepth)
        {
            // At the limit, an element becomes the sibling of the deepest one (its end tag is put in first), as
            // browsers flatten deep trees: headings and paragraphs deep down keep their structure. Where that end
            // tag would mean more than "close the current element", the start tag is left out instead.
            if (implicitParents > 0 || !CanCloseCurrent())
            {
                return StartTagOutcome.Dropped;
            }

            ClosedForRoom = stack[^1].Name;
            Pop();
        }

        CloseImpliedBy(name, flags);
        if (name is "svg" or "math")
        {
            Reconstruct();
            Elements++;
            if (!selfClosing)
            {
                Push(name, flags, childrenForeign: true);
            }

            return StartTagOutcome.Kept;
        }

        if ((flags & (TagFlags.ClosesParagraph | TagFlags.TablePart)) == 0)
        {
            Reconstruct();
        }

        InsertImplicitTableParents(name);
        Entry entry = Push(name, flags, childrenForeign: false);
        if ((flags & TagFlags.Formatting) != 0)
        {
            AddFormatting(entry, attributes);
        }

        if ((flags & TagFlags.Marker) != 0)
        {
            active.Add(null);
        }

        return StartTagOutcome.Kept;
    }

    /// <summary>Takes an end tag.</summary>
    /// <param name="name">The lower-case tag name.</param>
    /// <param name="flags">Its flags from <see cref="TagVocabulary"/>.</param>
    public void EndTag(string name, TagFlags flags)
    {
        if (!InForeignContent && InSelect())
        {
            EndTagInSelect(name);
            return;
        }

        if (!InForeignContent && (flags & TagFlags.Formatting) != 0)
        {
            EndFormatting(name);
            return;
        }

        if (name == "p" && !InScope("p", "button"))
        {
            Elements++; // </p> without an open p makes an empty paragraph
            return;
        }

        if (name == "br")
        {
            Elements++; // </br> is read as <br>
            return;
        }

        if (name == "form")
        {
            // </form> takes the form element out of the stack and leaves the elements opened inside it open.
            int form = stack.FindLastIndex(e => e.Name == "form");
            if (form >= 0 && InScope("form"))
            {
                RemoveFromStack(form);
            }

            return;
        }

        if (!IsOpen(name))
        {
            return;
        }

        bool special = (flags & TagFlags.Special) != 0;
        if (special && !InScope(name))
        {
            return; // e.g. </li> with a list opened inside the item: ignored
        }

        for (int i = stack.Count - 1; i >= 0; i--)
        {
            Entry node = stack[i];
            if (node.Name == name)
            {
                PopTo(i);
                return;
            }

            // An ordinary end tag stops at a special element; a special one at a scope boundary.
            if (special ? (node.Flags & TagFlags.ScopeBoundary) != 0 : (node.Flags & TagFlags.Special) != 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// A start tag inside a <c>select</c>. AngleSharp reads select content in modes of its own (the "customizable
    /// select" draft): directly in the select most tags are ignored; inside its options and buttons every tag is
    /// inserted, void names included. The model assumes the deepest reading: everything but an option after an
    /// option nests. Returns
    /// <see langword="null"/> for "handle it as in the body".
    /// </summary>
    private StartTagOutcome? StartTagInSelect(string name)
    {
        string top = stack[^1].Name;
        switch (name)
        {
            case "html":
                return StartTagOutcome.Kept;
            case "select":
                PopThrough("select");
                return StartTagOutcome.Kept;
            case "input" or "keygen" or "textarea" when top == "select":
                PopThrough("select");
                return null;
            case "script" or "xmp":
                Elements++;
                return StartTagOutcome.RawText;
        }

        // The parser ignores most tags directly in the select, but not always (its select modes change as it
        // goes): count every one.
        if (Depth + 1 > maxDepth)
        {
            return StartTagOutcome.Dropped;
        }

        if (name is "option" or "optgroup" && top == "option")
        {
            Pop();
        }

        if (name == "optgroup" && stack[^1].Name == "optgroup")
        {
            Pop();
        }

        Push(name, TagFlags.None, childrenForeign: false);
        return StartTagOutcome.Kept;
    }

    /// <summary>An end tag inside a <c>select</c>: the model lets it close only the current element, or the select.</summary>
    private void EndTagInSelect(string name)
    {
        if (name == "select")
        {
            PopThrough("select");
        }
        else if (stack[^1].Name == name && name != "select")
        {
            Pop();
        }
    }

    /// <summary>The element the last start tag closed to make room (its end tag goes in before the start tag), or null.</summary>
    public string? ClosedForRoom { get; private set; }

    /// <summary>Clears <see cref="ClosedForRoom"/> once the end tag is written.</summary>
    public void ClearClosedForRoom() => ClosedForRoom = null;

    /// <summary>Whether an end tag for the current element would simply close it (no table, form, select, template,
    /// formatting or foreign rules involved).</summary>
    private bool CanCloseCurrent()
    {
        if (stack.Count == 0 || InSelect())
        {
            return false;
        }

        Entry top = stack[^1];
        const TagFlags Complex = TagFlags.Formatting | TagFlags.TablePart | TagFlags.ScopeBoundary | TagFlags.Marker | TagFlags.Ignored;
        return (top.Flags & Complex) == 0 && !top.ChildrenForeign && top.Namespace is null
            && top.Name is not ("form" or "select" or "option" or "optgroup" or "button" or "svg" or "math" or "frameset" or TagNameTable.Overflow);
    }

    /// <summary>Whether the insertion point is in a select (not in a template opened inside it).</summary>
    private bool InSelect() =>
        IsOpen("select") && (!IsOpen("template") || stack.FindLastIndex(e => e.Name == "select") > stack.FindLastIndex(e => e.Name == "template"));

    private bool IsOpen(string name) => openCounts.GetValueOrDefault(name) > 0;

    private bool InScope(string name, string? extraBoundary = null)
    {
        if (!IsOpen(name))
        {
            return false;
        }

        for (int i = stack.Count - 1; i >= 0; i--)
        {
            Entry node = stack[i];
            if (node.Name == name)
            {
                return true;
            }

            if ((node.Flags & TagFlags.ScopeBoundary) != 0 || node.Name == extraBoundary
                || (name == "li" && node.Name is "ol" or "ul"))
            {
                return false;
            }
        }

        return false;
    }

    private void CloseParagraph()
    {
        if (InScope("p", "button"))
        {
            PopThrough("p");
        }
    }

    private void CloseImpliedBy(string name, TagFlags flags)
    {
        if ((flags & TagFlags.ClosesParagraph) != 0)
        {
            CloseParagraph();
        }

        if ((flags & TagFlags.Heading) != 0 && stack.Count > 0 && (stack[^1].Flags & TagFlags.Heading) != 0)
        {
            Pop();
        }

        switch (name)
        {
            case "li":
                CloseListItem(static n => n == "li");
                break;
            case "dd" or "dt":
                CloseListItem(static n => n is "dd" or "dt");
                break;
            case "option" or "optgroup":
                if (stack.Count > 0 && stack[^1].Name == "option")
                {
                    Pop();
                }

                break;
            case "button":
                if (InScope("button"))
                {
                    PopThrough("button");
                }

                break;
            case "a":
                if (LastActive("a") is not null)
                {
                    EndFormatting("a");
                }

                break;
            case "nobr":
                if (InScope("nobr"))
                {
                    EndFormatting("nobr");
                }

                break;
            case "table":
                if (stack.Count > 0 && stack[^1].Name is "table" or "tbody" or "thead" or "tfoot" or "tr")
                {
                    PopThrough("table"); // a table directly in a table closes the first one
                }

                break;
            case "caption" or "colgroup" or "tbody" or "thead" or "tfoot":
                PopToTableContext(stopAtSection: false);
                break;
            case "tr":
                PopToTableContext(stopAtSection: true);
                break;
            case "td" or "th":
                CloseCell();
                break;
        }
    }

    private void CloseListItem(Func<string, bool> matches)
    {
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            Entry node = stack[i];
            if (matches(node.Name))
            {
                PopTo(i);
                return;
            }

            if ((node.Flags & TagFlags.Special) != 0 && node.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    private void CloseCell()
    {
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            Entry node = stack[i];
            if (node.Name is "td" or "th")
            {
                PopTo(i);
                return;
            }

            if (node.Name is "table" or "template")
            {
                return;
            }
        }
    }

    /// <summary>Pops open cells and rows down to the table (or, for a row, to its section).</summary>
    private void PopToTableContext(bool stopAtSection)
    {
        if (!IsOpen("table"))
        {
            return;
        }

        while (stack.Count > 0)
        {
            string top = stack[^1].Name;
            if (top is "table" or "template" || (stopAtSection && top is "tbody" or "thead" or "tfoot"))
            {
                return;
            }

            if (stack[^1].Flags.HasFlag(TagFlags.TablePart) || InsideTableCell())
            {
                Pop();
            }
            else
            {
                return;
            }
        }
    }

    private bool InsideTableCell() => IsOpen("td") || IsOpen("th") || IsOpen("caption");

    private int ImplicitTableParents(string name)
    {
        string? top = stack.Count > 0 ? stack[^1].Name : null;
        return name switch
        {
            "tr" when top == "table" => 1,
            "td" or "th" when top == "table" => 2,
            "td" or "th" when top is "tbody" or "thead" or "tfoot" => 1,
            _ => 0,
        };
    }

    private void InsertImplicitTableParents(string name)
    {
        if (name is not ("tr" or "td" or "th"))
        {
            return;
        }

        if (stack.Count > 0 && stack[^1].Name == "table")
        {
            Push("tbody", TagVocabulary.Flags["tbody"], childrenForeign: false);
        }

        if (name != "tr" && stack.Count > 0 && stack[^1].Name is "tbody" or "thead" or "tfoot")
        {
            Push("tr", TagVocabulary.Flags["tr"], childrenForeign: false);
        }
    }

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

    private Entry Push(string name, TagFlags flags, bool childrenForeign)
    {
        var entry = new Entry(name, flags, childrenForeign);
        Insert(stack.Count, entry);
        Elements++;
        return entry;
    }

    private void Insert(int index, Entry entry)
    {
        stack.Insert(index, entry);
        openCounts[entry.Name] = openCounts.GetValueOrDefault(entry.Name) + 1;
        if ((entry.Flags & TagFlags.Formatting) != 0)
        {
            formattingOpen++;
        }
    }

    private void PopThrough(string name)
    {
        int index = stack.FindLastIndex(e => e.Name == name);
        if (index >= 0)
        {
            PopTo(index);
        }
    }

    /// <summary>Pops the stack down to and including <paramref name="index"/>.</summary>
    private void PopTo(int index)
    {
        while (stack.Count > index)
        {
            Pop();
        }
    }

    private void Pop() => RemoveFromStack(stack.Count - 1);

    private void RemoveFromStack(int index)
    {
        Entry entry = stack[index];
        stack.RemoveAt(index);
        openCounts[entry.Name]--;
        if ((entry.Flags & TagFlags.Formatting) != 0)
        {
            formattingOpen--;
        }
        if (entry.Formatting is { } formatting)
        {
            formatting.Element = null; // still active: the parser reopens it at the next text
            detached++;
        }

        if ((entry.Flags & TagFlags.Marker) != 0)
        {
            ClearToLastMarker();
        }
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

    private sealed class Entry(string name, TagFlags flags, bool childrenForeign)
    {
        public string Name { get; } = name;

        public TagFlags Flags { get; } = flags;

        public bool ChildrenForeign { get; } = childrenForeign;

        public FormattingEntry? Formatting { get; set; }

        /// <summary>For elements inside SVG or MathML: "svg" or "math".</summary>
        public string? Namespace { get; set; }
    }

    private sealed class FormattingEntry(string name, int attributes)
    {
        public string Name { get; } = name;

        public int Attributes { get; } = attributes;

        public Entry? Element { get; set; }
    }
}

/// <summary>What became of a start tag.</summary>
internal enum StartTagOutcome
{
    /// <summary>It goes to the parser.</summary>
    Kept,

    /// <summary>It goes to the parser, and its content up to its end tag is text.</summary>
    RawText,

    /// <summary>It would nest too deep: it is left out.</summary>
    Dropped,
}
