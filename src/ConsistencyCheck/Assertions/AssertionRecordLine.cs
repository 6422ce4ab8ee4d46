using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Assertions;

/// <summary>A <c>{"partition":…,"assertion":{…}}</c> line: one assertion with its partition key.</summary>
/// <param name="LineNumber">Its line number (1-based).</param>
/// <param name="Partition">Its partition (<see cref="AssertionLinesWriter.PartitionOf"/>), or null when it is never compared.</param>
/// <param name="Assertion">The assertion, every field the comparison and the report use.</param>
public sealed record AssertionRecordLine(long LineNumber, string? Partition, Assertion Assertion) : AssertionLine(LineNumber);
