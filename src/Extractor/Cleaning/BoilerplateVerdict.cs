namespace Extractor.Cleaning;

/// <summary>How sure the classifier is that an element is boilerplate.</summary>
internal enum BoilerplateVerdict
{
    /// <summary>Nothing says it is boilerplate.</summary>
    None,

    /// <summary>Its class, id or hidden state says so; overruled when most of the page's text is inside.</summary>
    Soft,

    /// <summary>Its element or landmark role says so (nav, aside, page header/footer); overruled only when it holds
    /// the article's headline.</summary>
    Hard,
}
