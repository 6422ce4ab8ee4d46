namespace ConsistencyCheck.Tests.Recognition.Numbers.Specs;

/// <summary>One entity of a spec case, or one found by an adapter: start, length, type and resolution as text.</summary>
public sealed record SpecResult(int Start, int Length, string TypeName, string? Value, string? Unit)
{
    public override string ToString() => $"{TypeName}@{Start}+{Length}={Value ?? "null"}{(Unit is null ? "" : " " + Unit)}";
}
