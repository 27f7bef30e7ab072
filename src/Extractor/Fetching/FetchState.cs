namespace Extractor.Fetching;

/// <summary>The running record of one fetch: where it is, how many requests it made, the last status seen and
/// when its overall time runs out. Used by one fetch at a time (attempts are sequential).</summary>
internal sealed class FetchState
{
    public FetchState(Uri address, DateTimeOffset deadline)
    {
        Address = address;
        Deadline = deadline;
    }

    /// <summary>The address being requested now (it changes as redirects are followed).</summary>
    public Uri Address { get; set; }

    /// <summary>When the overall timeout fires; <see cref="DateTimeOffset.MaxValue"/> when there is none.</summary>
    public DateTimeOffset Deadline { get; }

    public int Attempts { get; set; }

    public int? LastStatus { get; set; }
}
