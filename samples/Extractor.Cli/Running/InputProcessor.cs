using Extractor.Cli.Inputs;

namespace Extractor.Cli.Running;

/// <summary>Turns one input into an <see cref="Outcome"/>: reads or fetches it, extracts the article within the
/// time limit, and catches every failure (nothing escapes but the user's own cancellation).</summary>
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

    private async Task<Article> ExtractAsync(InputSource input, CancellationToken token)
    {
        byte[] bytes;
        switch (input.Kind)
        {
            case InputKind.Url:
                return await extractor.ExtractAsync(input.Address!, token).ConfigureAwait(false);
            case InputKind.Invalid:
                throw new ExtractionException(ExtractionErrorKind.InvalidInput, input.Problem!);
            case InputKind.File:
                bytes = await reader.ReadFileAsync(input.Path!, token).ConfigureAwait(false);
                break;
            case InputKind.StandardInput:
                bytes = await reader.ReadStandardInputAsync(token).ConfigureAwait(false);
                break;
            default:
                bytes = PageReader.ReadSeed();
                break;
        }

        // Extraction is synchronous CPU work: it runs on the thread pool so the time limit can still be kept.
        return await Task.Run(() => extractor.Extract(HtmlTextDecoder.Decode(bytes)), token).WaitAsync(token).ConfigureAwait(false);
    }
}
