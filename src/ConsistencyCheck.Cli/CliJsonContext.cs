using System.Text.Json.Serialization;

namespace ConsistencyCheck.Cli;

/// <summary>Source-generated JSON metadata for the few values the CLI serializes itself.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
