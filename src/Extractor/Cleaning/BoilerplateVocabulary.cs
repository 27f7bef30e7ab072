using System.Collections.Frozen;

namespace Extractor.Cleaning;

/// <summary>
/// The class/id/role/aria vocabulary of boilerplate, as data. Attribute values are split into lower-case words at
/// every non-alphanumeric character and at camelCase humps ("post-navigation" → post, navigation;
/// "shareBar" → share, bar), so "ad" matches "ad-slot" or "top_ad" but never "header", "shadow" or "download".
/// </summary>
internal static class BoilerplateVocabulary
{
    /// <summary>Single words that mark an element as boilerplate.</summary>
    public static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        // navigation
        "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip",
        "toolbar", "masthead", "topbar",
        // sharing and social
        "share", "sharing", "sharer", "social", "sociallinks", "addthis", "sharethis", "shares", "sharedaddy", "likes",
        // more content
        "related", "recommended", "recommendation", "recommendations", "relatedposts", "outbrain", "taboola",
        "trending", "popular", "latest", "morestories", "readmore", "readnext", "upnext",
        "rss",
        // subscription
        "newsletter", "subscribe", "subscription", "signup", "paywall", "registration", "optin",
        // comments
        "comment", "comments", "respond", "reply", "replies", "disqus", "discussion",
        // author boxes, meta and tags
        "byline", "bio", "authorbio", "tags", "tagcloud", "taglist", "keywords", "categories",
        "author", "authors", "avatar", "vcard", "testimonial", "testimonials", "disclaimer", "disclosure",
        "saboxplugin",
        // apparatus after the text
        "references", "footnotes", "bibliography", "endnotes", "citations", "sources", "copyright",
        // advertising
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "adslot", "adunit",
        "dfp", "gpt", "cta", "btn", "button", "buttons", "rating", "promo", "promoted", "promotion", "sponsor", "sponsored", "affiliate",
        // notices and overlays
        "cookie", "cookies", "consent", "gdpr", "modal", "popup", "overlay", "lightbox", "dialog",
        // the same in Spanish, Portuguese, French, Italian, German, Dutch
        "publicidad", "publicidade", "anuncio", "anuncios", "publicite", "pubblicita", "anzeige", "anzeigen",
        "werbung", "advertentie", "reclame", "compartir", "compartilhar", "partilhar", "partage", "partager",
        "condividi", "teilen", "delen", "relacionados", "relacionadas", "relacionado", "similares", "lies", "correlati",
        "verwandte", "comentarios", "comentario", "commentaires", "commenti", "kommentare", "reacties", "etiquetas",
        "schlagworte", "autor", "autores", "auteur", "autore", "firma", "boletin", "suscribete", "abonnieren",
        // labels and page meta
        "badge",
        // accessibility helpers
        "sronly", "screenreader", "visuallyhidden",
        // captions
        "caption", "credit", "credits",
        // tooltip bubbles ("tooltiptext")
        "tooltiptext",
    ]);

    /// <summary>
    /// Layout words that mark boilerplate only when no word of <see cref="ContentWords"/> occurs with them
    /// ("site-footer" is boilerplate; "entry-footer", "content-sidebar-wrap" and "article-header" are not).
    /// </summary>
    public static readonly FrozenSet<string> LayoutWords = FrozenSet.ToFrozenSet(
    [
        "footer", "sidebar", "header", "banner", "masthead", "topbar", "widgets", "offcanvas",
        "drawer", "flyout", "dropdown", "aside", "rail",
    ]);

    /// <summary>
    /// Two-word phrases (joined with '-') that mark boilerplate where the single words do not
    /// ("author-box" but not every "author"; "entry-meta" but not every "entry").
    /// </summary>
    public static readonly FrozenSet<string> Phrases = FrozenSet.ToFrozenSet(
    [
        "post-navigation", "post-nav", "artikel-meta", "articulo-meta", "noticia-meta", "posts-navigation", "nav-links", "post-meta", "entry-meta", "article-meta",
        "post-info", "entry-info", "author-box", "author-info", "author-bio", "about-author", "author-card",
        "author-details", "author-profile", "author-wrap", "author-block", "author-name", "post-author",
        "article-author", "entry-author", "post-date", "entry-date", "article-date", "publish-date", "published-date",
        "post-tags", "entry-tags", "article-tags", "tag-list", "tags-list", "post-categories", "entry-categories",
        "you-may", "may-like", "also-like", "more-from", "more-stories", "read-more", "read-next", "see-also",
        "screen-reader", "sr-only", "visually-hidden", "skip-link", "wp-caption", "image-caption", "photo-caption", "image-description",
        "media-caption", "site-title", "site-description", "site-branding",
        "follow-us", "call-to", "cta-box", "rating-box", "star-rating", "reading-time", "read-time",
        // embedded social posts (a quoted post is the platform's text, not the article's)
        "twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "reddit-embed",
        // the hidden bubble of a tooltip (the term it explains stays in the text)
        "tooltip-bubble", "tooltip-content", "tooltip-body",
        // icon fonts drawn from ligatures: the element's text is the icon's name ("chevron_right", "expand_more")
        "material-icons", "material-symbols",
    ]);

    /// <summary>Words naming the article itself; they cancel <see cref="LayoutWords"/>, never <see cref="Words"/>.</summary>
    public static readonly FrozenSet<string> ContentWords = FrozenSet.ToFrozenSet(
    [
        "article", "content", "main", "post", "entry", "body", "story", "text", "blog", "single", "prose", "richtext", "accordion",
        "artikel", "articulo", "noticia", "contenido", "cuerpo", "texto", "conteudo", "materia", "beitrag", "inhalt",
        "contenu", "corps", "articolo", "testo", "contenuto",
    ]);

    /// <summary>ARIA roles of boilerplate landmarks.</summary>
    public static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
    [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog", "alert", "tablist", "form",
    ]);

    /// <summary>ARIA roles of disclosure panels (accordion sections, tab panels): hidden, they are folded, not boilerplate.</summary>
    public static readonly FrozenSet<string> PanelRoles = FrozenSet.ToFrozenSet(["region", "tabpanel"]);

    /// <summary>Every word that occurs in <see cref="Phrases"/>, so phrases are checked without building strings.</summary>
    public static readonly FrozenSet<string> PhraseWords = FrozenSet.ToFrozenSet(Phrases.SelectMany(p => p.Split('-')));
}
