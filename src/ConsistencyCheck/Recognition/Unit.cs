namespace ConsistencyCheck.Recognition;

/// <summary>The unit a figure is measured in.</summary>
/// <param name="Name">Canonical English name, singular: "Dollar", "Pound", "Kilometer", "Percent", "Year".</param>
/// <param name="Category">What it measures: "Currency", "Length", "Weight", "Speed", "Age", "Temperature", "Percentage", …</param>
/// <param name="IsoCode">ISO 4217 code for currencies ("USD", "GBP", "EUR"), otherwise null.</param>
public sealed record Unit(string Name, string Category, string? IsoCode = null);
