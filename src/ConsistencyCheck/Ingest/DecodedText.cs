using System.Collections.Immutable;

namespace ConsistencyCheck.Ingest;

/// <summary>The result of decoding a file's bytes: its text (or none when the bytes are binary) and what was worked around.</summary>
/// <param name="Text">The decoded text; empty when <paramref name="IsBinary"/>.</param>
/// <param name="Diagnostics">Fallbacks used while decoding (invalid UTF-8, NUL characters) or why it was not read.</param>
/// <param name="IsBinary">True when the bytes do not look like text at all.</param>
internal sealed record DecodedText(string Text, ImmutableArray<Diagnostic> Diagnostics, bool IsBinary);
