namespace ConsistencyCheck.Reporting;

/// <summary>The inline style sheet of the HTML report: system fonts only, no external resources, light and dark.</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root {
          color-scheme: light dark;
          --bg: #f6f7f9; --fg: #1d2330; --muted: #5b6475; --card: #ffffff; --line: #dde1e8;
          --red: #b42318; --red-bg: #fdecea; --amber: #9a5b00; --amber-bg: #fff4d6;
          --green: #18794e; --green-bg: #e3f6ec; --mark: #ffe58a; --code: #eef0f4;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #15181e; --fg: #e6e9ef; --muted: #9aa3b2; --card: #1e232b; --line: #333a46;
            --red: #ff8a80; --red-bg: #3b1f1f; --amber: #ffc861; --amber-bg: #3a2e14;
            --green: #6fdba5; --green-bg: #17332a; --mark: #6b5a12; --code: #2a303a;
          }
        }
        * { box-sizing: border-box; }
        body {
          margin: 0; background: var(--bg); color: var(--fg);
          font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
        }
        main, .page-header { max-width: 1040px; margin: 0 auto; padding: 0 24px; }
        .page-header { padding-top: 28px; padding-bottom: 8px; }
        h1 { font-size: 26px; margin: 0 0 12px; }
        h2 { font-size: 19px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 15px; margin: 20px 0 10px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
        .counts { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; margin: 0; padding: 0; }
        .counts li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 6px 12px; color: var(--muted); }
        .counts .count { font-weight: 700; font-size: 18px; color: var(--fg); margin-right: 4px; font-variant-numeric: tabular-nums; }
        .counts li.contradiction .count { color: var(--red); }
        .counts li.changedOverTime .count { color: var(--amber); }
        .counts li.agreement .count { color: var(--green); }
        .card {
          background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--line);
          border-radius: 8px; padding: 14px 18px; margin: 0 0 14px;
        }
        .card.contradiction { border-left-color: var(--red); }
        .card.changedOverTime { border-left-color: var(--amber); }
        .card.agreement { border-left-color: var(--green); }
        .card-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; color: var(--muted); font-size: 13px; }
        .badge { font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; border-radius: 999px; padding: 2px 10px; }
        .badge.contradiction { color: var(--red); background: var(--red-bg); }
        .badge.changedOverTime { color: var(--amber); background: var(--amber-bg); }
        .badge.agreement { color: var(--green); background: var(--green-bg); }
        .explanation { margin: 10px 0 8px; font-weight: 600; }
        .evidence { list-style: none; margin: 0; padding: 0; }
        .evidence li { border-top: 1px solid var(--line); padding: 8px 0 4px; }
        .source { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 13px; color: var(--muted); }
        .source .doc { font-weight: 600; color: var(--fg); }
        blockquote { margin: 4px 0 4px; padding: 0 0 0 12px; border-left: 3px solid var(--line); }
        mark { background: var(--mark); color: inherit; padding: 0 2px; border-radius: 3px; font-weight: 600; }
        .missing { color: var(--muted); font-style: italic; }
        .empty { color: var(--muted); }
        table { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
        th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); font-size: 14px; }
        th { background: var(--code); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        tr:last-child td { border-bottom: 0; }
        td.id { font-weight: 600; overflow-wrap: break-word; }
        td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .diagnostics { list-style: none; margin: 0; padding: 0; }
        .diagnostics li + li { margin-top: 4px; }
        .severity { margin-right: 6px; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
        .severity.error { color: var(--red); }
        .severity.warning { color: var(--amber); }
        .severity.info { color: var(--muted); }
        code { font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code); border-radius: 4px; padding: 1px 5px; overflow-wrap: break-word; }
        .clusters { list-style: none; margin: 0; padding: 0; }
        .clusters > li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; margin-bottom: 10px; }
        .clusters .cluster-id { font-weight: 700; margin-right: 8px; }
        .members { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 8px 0 0; padding: 0; }
        footer { max-width: 1040px; margin: 32px auto; padding: 0 24px; color: var(--muted); font-size: 12px; }
        """;
}
