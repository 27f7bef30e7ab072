namespace Extractor.Cleaning;

/// <summary>How sure the classifier is that an element is boilerplate.</summary>
internal enum BoilerplateVerdict
{
    /// <summary>Nothing says it is boilerplate.</summary>
    None,

    /// <summary>Its class or id says so; overruled when most of the page's text is inside.</summary>
    Soft,

    /// <summary>It is hidden (<c>hidden</c>, <c>aria-hidden</c>, <c>display:none</c>); overruled when nearly all of the
    /// page's text is inside (pages that reveal the article by script), not when it merely repeats the visible text.</summary>
    Hidden,

    /// <summary>Its element or landmark role says so (nav, aside, page header/footer); overruled only when it holds
    /// the article's headline.</summary>
    Hard,
}
