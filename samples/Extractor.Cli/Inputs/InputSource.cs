namespace Extractor.Cli.Inputs;

/// <summary>One INPUT as written, and what it was understood to be.</summary>
/// <param name="Text">The INPUT exactly as given (the list line trimmed); the <c>input</c> of its JSON record.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Address">The URL, for <see cref="InputKind.Url"/>.</param>
/// <param name="Path">The file path, for <see cref="InputKind.File"/>.</param>
/// <param name="Problem">Why it is not usable, for <see cref="InputKind.Invalid"/>.</param>
internal sealed record InputSource(string Text, InputKind Kind, Uri? Address = null, string? Path = null, string? Problem = null);
