using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Metadata;

public sealed class TextWalkerTests
{
    [Fact]
    public void Walker_reads_the_texts_in_document_order_like_Descendants_each_with_its_parent()
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load(
            "<body>a<div>b<p>c<b>d</b>e</p><!-- x --><template>t</template><script>s</script>f</div>"
            + "<ul><li>g<svg><text>h</text></svg></li></ul><noscript><p>n</p></noscript>i</body>");

        var read = new List<(string Text, INode? Parent)>();
        var walk = new TextWalker(document.Body!);
        while (walk.MoveNext())
        {
            read.Add((walk.Current.Data, walk.Parent));
        }

        Assert.Equal(document.Body!.Descendants<IText>().Select(t => (t.Data, (INode?)t.ParentElement)), read);
        Assert.Contains(read, r => r.Text == "s");
        Assert.DoesNotContain(read, r => r.Text == "t");
    }

    [Fact]
    public void Walker_steps_through_deep_nesting_without_recursion()
    {
        string html = string.Concat(Enumerable.Repeat("<span>x", 3000)) + "end";
        using IHtmlDocument document = HtmlDocumentLoader.Load(html);

        int count = 0;
        var walk = new TextWalker(document.Body!);
        while (walk.MoveNext())
        {
            count++;
        }

        Assert.Equal(document.Body!.Descendants<IText>().Count(), count);
    }
}
