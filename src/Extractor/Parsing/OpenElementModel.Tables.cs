namespace Extractor.Parsing;

// Tables and selects: the rows and sections the parser inserts on its own, the cells an end tag or a new row closes,
// and the few tags a select lets through.
internal sealed partial class OpenElementModel
{
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
}
