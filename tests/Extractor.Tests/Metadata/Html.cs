using AngleSharp.Html.Dom;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Metadata;

/// <summary>Builds small pages for the metadata tests and reads their metadata.</summary>
internal static class Html
{
    public static PageMetadata Read(string head, string body = "", Uri? address = null, string htmlAttributes = "")
    {
        using IHtmlDocument document = HtmlDocumentLoader.Load($"<!DOCTYPE html><html {htmlAttributes}><head>{head}</head><body>{body}</body></html>");
        return MetadataReader.Read(document, address);
    }

    public static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";
}
