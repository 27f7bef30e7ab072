using Extractor.Cli.Inputs;

namespace Extractor.Cli.Running;

/// <summary>Turns one input into an <see cref="Outcome"/>: reads or fetches it, extracts the article within the
/// time limit (<c>--timeout</c>, fetch and extraction together: a token cancelled after it, told apart from the
/// user's own cancellation), and catches every failure (nothing escapes but the user's own cancellation).</summary>
internal sealed class InputProcessor
{
    private readonly ArticleExtractor extractor;
    private readonly PageReader reader;
    private readonly TimeSpan timeout;

    public InputProcessor(ArticleExtractor extractor, PageReader reader, TimeSpan timeout)
    {
        this.extractor = extractor;
        this.reader = reader;
        this.timeout = timeout;
    }

    public async Task<Outcome> ProcessAsync(InputSource input, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            Article article = await ExtractAsync(input, limit.Token).ConfigureAwait(false);
            return new Outcome(input.Text, article, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome(input.Text, null, Failure.Timeout(timeout));
        }
        catch (ExtractionException e)
        {
            return new Outcome(input.Text, null, Failure.From(e));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Outcome(input.Text, null, Failure.Unexpected(e));
        }
    }

    /// <summary>A URL is fetched; a local page is read as a stream by the library, which applies the size limit,
    /// refuses binary data and finds the charset as for a fetched page. A local page has no address: its <c>url</c>
    /// is the canonical one it names, else null.</summary>
    private async Task<Article> ExtractAsync(InputSource input, CancellationToken token)
    {
        if (input.Kind == InputKind.Url)
        {
            return await extractor.ExtractAsync(input.Address!, token).ConfigureAwait(false);
        }

        await using Stream stream = input.Kind switch
        {
            InputKind.Invalid => throw new ExtractionException(ExtractionErrorKind.InvalidInput, input.Problem!),
            InputKind.File => PageReader.OpenFile(input.Path!),
            InputKind.StandardInput => reader.OpenStandardInput(),
            _ => PageReader.OpenSeed(),
        };
        return await extractor.ExtractAsync(stream, null, token).ConfigureAwait(false);
    }
}
