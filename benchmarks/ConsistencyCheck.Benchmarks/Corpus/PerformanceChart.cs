using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Benchmarks.Corpus;

/// <summary>A hand-written SVG chart of throughput (MB/s) and peak memory (MB) against corpus size (documents, log scale).</summary>
public static class PerformanceChart
{
    private const int Width = 640;
    private const int Height = 360;
    private const int Left = 60;
    private const int Right = 60;
    private const int Top = 40;
    private const int Bottom = 50;

    /// <summary>The SVG text for <paramref name="runs"/> (at least one).</summary>
    public static string Render(IReadOnlyList<CorpusRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var c = CultureInfo.InvariantCulture;
        var minX = Math.Log10(runs.Min(r => r.Documents));
        var maxX = Math.Max(minX + 1, Math.Log10(runs.Max(r => r.Documents)));
        var maxSpeed = Nice(runs.Max(r => r.MegabytesPerSecond));
        var maxMemory = Nice(runs.Max(r => r.PeakMegabytes));
        double X(long documents) => Left + ((Math.Log10(documents) - minX) / (maxX - minX) * (Width - Left - Right));
        double Y(double value, double max) => Height - Bottom - (value / max * (Height - Top - Bottom));

        var svg = new StringBuilder();
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.Append(c, $"<text x=\"{Width / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">consistency-check: throughput and peak memory against corpus size</text>\n");
        svg.Append(c, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"black\"/>\n");
        svg.Append(c, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#1f77b4\"/>\n");
        svg.Append(c, $"<line x1=\"{Width - Right}\" y1=\"{Top}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#d62728\"/>\n");
        for (var i = 0; i <= 4; i++)
        {
            var speed = maxSpeed * i / 4;
            var memory = maxMemory * i / 4;
            var y = Y(speed, maxSpeed);
            svg.Append(c, $"<line x1=\"{Left}\" y1=\"{y:0.0}\" x2=\"{Width - Right}\" y2=\"{y:0.0}\" stroke=\"#ddd\"/>\n");
            svg.Append(c, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.0}\" text-anchor=\"end\" fill=\"#1f77b4\">{speed:0.#}</text>\n");
            svg.Append(c, $"<text x=\"{Width - Right + 6}\" y=\"{y + 4:0.0}\" fill=\"#d62728\">{memory:0}</text>\n");
        }

        foreach (var run in runs)
        {
            svg.Append(c, $"<text x=\"{X(run.Documents):0.0}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{run.Documents:N0}</text>\n");
        }

        svg.Append(c, $"<text x=\"{Width / 2}\" y=\"{Height - 10}\" text-anchor=\"middle\">documents (log scale)</text>\n");
        svg.Append(c, $"<text x=\"14\" y=\"{Height / 2}\" transform=\"rotate(-90 14 {Height / 2})\" text-anchor=\"middle\" fill=\"#1f77b4\">MB/s (input bytes / wall second)</text>\n");
        svg.Append(c, $"<text x=\"{Width - 14}\" y=\"{Height / 2}\" transform=\"rotate(90 {Width - 14} {Height / 2})\" text-anchor=\"middle\" fill=\"#d62728\">peak memory, MB</text>\n");
        Series(svg, runs.Select(r => (X(r.Documents), Y(r.MegabytesPerSecond, maxSpeed))), "#1f77b4");
        Series(svg, runs.Select(r => (X(r.Documents), Y(r.PeakMegabytes, maxMemory))), "#d62728");
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Series(StringBuilder svg, IEnumerable<(double X, double Y)> points, string colour)
    {
        var c = CultureInfo.InvariantCulture;
        var list = points.ToList();
        svg.Append(c, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', list.Select(p => string.Create(c, $"{p.X:0.0},{p.Y:0.0}")))}\"/>\n");
        foreach (var (x, y) in list)
        {
            svg.Append(c, $"<circle cx=\"{x:0.0}\" cy=\"{y:0.0}\" r=\"4\" fill=\"{colour}\"/>\n");
        }
    }

    /// <summary>A round axis maximum at or above <paramref name="value"/>.</summary>
    private static double Nice(double value)
    {
        if (value <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
