namespace Extractor.Parsing;

/// <summary>
/// A cheap model of the HTML tree builder's stack of open elements and list of active formatting elements, fed
/// one tag at a time by <see cref="HostileInputGuard"/>. It errs on the deep side: the depth it reports is never
/// less than the depth the parser reaches on the same tags, so refusing the start tags that would take it past
/// the limit bounds the real DOM. Formatting elements that were closed by a misnested end tag but are still
/// active count as open, because the parser reopens ("reconstructs") them at the next text.
/// </summary>
internal sealed partial class OpenElementModel
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

    private sealed class Entry(string name, TagFlags flags, bool childrenForeign)
    {
        public string Name { get; } = name;

        public TagFlags Flags { get; } = flags;

        public bool ChildrenForeign { get; } = childrenForeign;

        public FormattingEntry? Formatting { get; set; }

        /// <summary>For elements inside SVG or MathML: "svg" or "math".</summary>
        public string? Namespace { get; set; }
    }
}
