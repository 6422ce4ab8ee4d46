namespace ConsistencyCheck.Assertions;

/// <summary>
/// One line of an assertions file, as <see cref="AssertionLinesReader"/> reads it: a
/// <see cref="DocumentLine"/> or an <see cref="AssertionRecordLine"/>.
/// </summary>
/// <param name="LineNumber">Its line number in the file it was read from (1-based).</param>
public abstract record AssertionLine(long LineNumber);
