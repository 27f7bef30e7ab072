using Extractor;
using Extractor.Fetching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers an <see cref="ArticleExtractor"/> with dependency injection.</summary>
public static class ExtractorServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the extractor fetches with.</summary>
    public const string HttpClientName = "Extractor.ArticleExtractor";

    /// <summary>
    /// Registers a singleton <see cref="ArticleExtractor"/> that fetches through a named <see cref="HttpClient"/> from
    /// <see cref="IHttpClientFactory"/>. The client's primary handler does not follow redirects (the extractor does,
    /// counting them) and decompresses gzip, deflate and brotli. Add your own handlers to the builder returned; if one
    /// of them already retries (for example a standard resilience handler), set
    /// <see cref="ExtractorOptions.EnableRetries"/> to <see langword="false"/> so that retries do not stack.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; they are validated when the extractor is first resolved.</param>
    /// <returns>The builder of the extractor's named <see cref="HttpClient"/>.</returns>
    public static IHttpClientBuilder AddArticleExtractor(this IServiceCollection services, Action<ExtractorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ExtractorOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new ArticleExtractor(
            provider.GetRequiredService<IHttpClientFactory>(),
            HttpClientName,
            provider.GetRequiredService<IOptions<ExtractorOptions>>().Value));

        return services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(FetchHttpClient.CreateHandler);
    }
}
