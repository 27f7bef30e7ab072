using System.Text;

namespace Extractor.Parsing;

/// <summary>
/// A single pass over the HTML text before it is parsed, so that the parser and everything after it (SmartReader
/// included) only ever see a document of bounded size, depth and element count:
/// <list type="bullet">
/// <item>input longer than <see cref="ExtractorOptions.MaxInputLength"/> is truncated;</item>
/// <item>start tags that would nest deeper than <see cref="ExtractorOptions.MaxNestingDepth"/> are left out (their
/// text stays), following the tree builder's rules closely enough (<see cref="OpenElementModel"/>) to count the
/// elements it reopens on its own;</item>
/// <item>more elements than <see cref="ExtractorOptions.MaxElements"/> fail with
/// <see cref="ExtractionErrorKind.TooComplex"/>, and text that is mostly control characters with
/// <see cref="ExtractionErrorKind.NotHtml"/>.</item>
/// </list>
/// Ordinary pages come out as the very same string. Linear in the input; no recursion.
/// </summary>
internal static class HostileInputGuard
{
    private const int CancellationCheckInterval = 1024;

    public static GuardedHtml Apply(string html, ExtractorOptions options, CancellationToken cancellationToken)
    {
        string input = Bound(html, options);
        bool truncated = !ReferenceEquals(input, html);
        var scan = new Scan(input, options, cancellationToken);
        scan.Run();
        string output = scan.Output ?? input;
        return new GuardedHtml(output, truncated, scan.Dropped + scan.Flattened, scan.Model.Elements);
    }

    /// <summary>
    /// The cheap part of the guard, which every input passes: binary data fails with
    /// <see cref="ExtractionErrorKind.NotHtml"/>, and input longer than <see cref="ExtractorOptions.MaxInputLength"/>
    /// is truncated (the same string comes back when it is not).
    /// </summary>
    public static string Bound(string html, ExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (BinarySniffer.LooksBinary(html))
        {
            throw new ExtractionException(ExtractionErrorKind.NotHtml, "The input is binary data, not HTML.");
        }

        return html.Length > options.MaxInputLength ? Truncate(html, options.MaxInputLength) : html;
    }

    private static string Truncate(string html, int length)
    {
        if (char.IsHighSurrogate(html[length - 1]))
        {
            length--;
        }

        return html[..length];
    }

    /// <summary>The state of one pass: position, the open-element model and the output built when a tag is dropped.</summary>
    private sealed class Scan(string text, ExtractorOptions options, CancellationToken cancellationToken)
    {
        private readonly TagNameTable names = new();
        private StringBuilder? output;
        private int copiedUpTo;
        private int tags;

        public OpenElementModel Model { get; } = new(Math.Max(1, options.MaxNestingDepth - 3)); // html, body, and a leaf (void, raw text or an empty p)

        public int Dropped { get; private set; }

        public int Flattened { get; private set; }

        public string? Output => output?.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();

        public void Run()
        {
            int i = 0;
            while (i < text.Length)
            {
                int lt = text.IndexOf('<', i);
                int textEnd = lt < 0 ? text.Length : lt;
                if (textEnd > i && text.AsSpan(i, textEnd - i).ContainsAnyExcept(HtmlLexer.Whitespace))
                {
                    Model.Text();
                }

                if (lt < 0)
                {
                    return;
                }

                i = Markup(lt);
            }
        }

        /// <summary>Handles the markup starting at <paramref name="lt"/> and returns where the scan goes on.</summary>
        private int Markup(int lt)
        {
            if (++tags % CancellationCheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            char next = lt + 1 < text.Length ? text[lt + 1] : '\0';
            if (next == '!')
            {
                return HtmlLexer.SkipDeclaration(text, lt, Model.InForeignContent);
            }

            if (next == '?')
            {
                return HtmlLexer.SkipTo(text, '>', lt + 2);
            }

            if (next == '/')
            {
                return EndTag(lt);
            }

            if (char.IsAsciiLetter(next))
            {
                return StartTag(lt);
            }

            Model.Text(); // a lone '<' is text
            return lt + 1;
        }

        private int EndTag(int lt)
        {
            if (lt + 2 >= text.Length || !char.IsAsciiLetter(text[lt + 2]))
            {
                return HtmlLexer.SkipTo(text, '>', lt + 2); // "</>" or a bogus comment
            }

            int nameLength = HtmlLexer.NameLength(text, lt + 2);
            if (nameLength < 0)
            {
                return text.Length;
            }

            var tag = HtmlLexer.ReadTag(text, lt + 2, nameLength, hashAttributes: false);
            if (tag.End < 0)
            {
                return text.Length; // cut off by the end of the input: the parser drops it
            }

            string name = names.Intern(text.AsSpan(lt + 2, nameLength), out TagFlags flags);
            Model.EndTag(name, flags);
            return tag.End;
        }

        private int StartTag(int lt)
        {
            int nameLength = HtmlLexer.NameLength(text, lt + 1);
            if (nameLength < 0)
            {
                return text.Length;
            }

            // Only formatting elements need their attributes hashed (the model's "Noah's Ark" rule compares them).
            string name = names.Intern(text.AsSpan(lt + 1, nameLength), out TagFlags flags);
            var tag = HtmlLexer.ReadTag(text, lt + 1, nameLength, hashAttributes: (flags & TagFlags.Formatting) != 0);
            if (tag.End < 0)
            {
                return text.Length;
            }

            StartTagOutcome outcome = Model.StartTag(name, flags, tag.SelfClosing, tag.AttributeHash, tag.Signals);
            CheckElements();
            if (Model.ClosedForRoom is { } closed)
            {
                Insert(lt, "</" + closed + ">");
                Model.ClearClosedForRoom();
            }

            if (outcome == StartTagOutcome.Dropped)
            {
                Drop(lt, tag.End);
            }
            else if (outcome == StartTagOutcome.RawText)
            {
                return name switch
                {
                    "plaintext" => text.Length,
                    "script" => HtmlLexer.FindScriptEnd(text, tag.End),
                    _ => HtmlLexer.FindEndTag(text, tag.End, name),
                };
            }

            return tag.End;
        }

        private void Drop(int start, int end)
        {
            output ??= new StringBuilder(text.Length);
            output.Append(text, copiedUpTo, start - copiedUpTo);
            if (output.Length > 0 && output[^1] is '<' or '/' or '!' or '?')
            {
                // What follows must not join what precedes into a new tag ("<" + "text" would read as "<text").
                output.Append("<!---->");
            }

            copiedUpTo = end;
            Dropped++;
        }

        private void Insert(int position, string markup)
        {
            output ??= new StringBuilder(text.Length);
            output.Append(text, copiedUpTo, position - copiedUpTo).Append(markup);
            copiedUpTo = position;
            Flattened++;
        }

        private void CheckElements()
        {
            if (Model.Elements > options.MaxElements)
            {
                throw new ExtractionException(
                    ExtractionErrorKind.TooComplex,
                    $"The document has more than {options.MaxElements:N0} elements.");
            }
        }
    }
}
