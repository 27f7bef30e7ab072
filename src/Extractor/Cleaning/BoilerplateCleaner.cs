using AngleSharp.Dom;

namespace Extractor.Cleaning;

/// <summary>Removes boilerplate from the DOM in place: elements that never hold article text.</summary>
internal static class BoilerplateCleaner
{
    private static readonly string RemovedElements = "script,style,noscript,iframe,template,nav,form,button,input,select,textarea,aside,footer";

    public static void Clean(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(RemovedElements).ToList())
        {
            element.Remove();
        }
    }
}
