/// The HTML report's inline style sheet and filter script. No fonts or files are fetched: the
/// page uses the reader's system fonts and works offline. Colours keep text at WCAG AA contrast
/// or better (dark text on light tints).
enum HTMLStyle {
  static let css = """
    :root { color-scheme: light; --ink: #1b1f24; --muted: #4a5361; --line: #c9ced6;
      --critical: #8a1111; --critical-bg: #fde7e7; --major: #a3260d; --major-bg: #fff0e8;
      --minor: #7a5200; --minor-bg: #fff7dc; --neutral: #3d4756; --neutral-bg: #eef1f5; }
    * { box-sizing: border-box; }
    body { margin: 0; padding: 0 1rem 2rem; color: var(--ink); background: #fff;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
      "PingFang SC", "Microsoft YaHei", sans-serif; }
    header { padding: .75rem 0 .25rem; border-bottom: 2px solid var(--ink); }
    h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
    p { margin: .25rem 0; }
    .governs { font-size: .95rem; }
    .summary { display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: flex-start;
      margin: .5rem 0; }
    .summary table { border-collapse: collapse; font-size: .9rem; }
    .summary th, .summary td { padding: .1rem .5rem; border-bottom: 1px solid var(--line);
      text-align: left; }
    .summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
    .score { font-size: .95rem; }
    .gate-failed { color: var(--critical); font-weight: 700; }
    .gate-passed { color: #1a5e20; font-weight: 700; }
    .filters { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .5rem 0;
      font-size: .9rem; }
    .filters fieldset { border: 1px solid var(--line); padding: .2rem .6rem; margin: 0; }
    .filters label { margin-right: .6rem; white-space: nowrap; }
    table.alignment { width: 100%; border-collapse: collapse; table-layout: fixed; }
    table.alignment col.num { width: 3.5rem; }
    table.alignment col.findings { width: 30%; }
    table.alignment th, table.alignment td { border: 1px solid var(--line); padding: .35rem .5rem;
      vertical-align: top; text-align: left; overflow-wrap: anywhere; }
    table.alignment thead th { position: sticky; top: 0; background: #e9ecf1; z-index: 1; }
    table.alignment tbody th { font-weight: 400; font-size: .8rem; color: var(--muted); }
    tr.group th { background: #f6f7f9; color: var(--ink); font-weight: 600; font-size: .9rem; }
    .segment { display: block; }
    .segment + .segment { margin-top: .3rem; }
    .sid { display: block; font-size: .72rem; color: var(--muted); }
    .gap { font-style: italic; color: var(--muted); border: 1px dashed var(--muted);
      padding: 0 .3rem; }
    tr.sev-critical td.text { background: var(--critical-bg); }
    tr.sev-major td.text { background: var(--major-bg); }
    tr.sev-minor td.text { background: var(--minor-bg); }
    tr.sev-neutral td.text { background: var(--neutral-bg); }
    tr.sev-critical > th { border-left: 6px solid var(--critical); }
    tr.sev-major > th { border-left: 6px solid var(--major); }
    tr.sev-minor > th { border-left: 6px solid var(--minor); }
    tr.sev-neutral > th { border-left: 6px solid var(--neutral); }
    tr.quiet td.text { background: none; }
    tr.quiet > th { border-left: 1px solid var(--line); }
    mark { background: #ffd84d; color: #111; padding: 0 .1rem; border-radius: 2px;
      box-shadow: 0 0 0 2px var(--major); }
    mark.sev-critical { box-shadow: 0 0 0 2px var(--critical); }
    mark.sev-minor { box-shadow: 0 0 0 2px var(--minor); }
    mark.sev-neutral { box-shadow: 0 0 0 2px var(--neutral); }
    mark.filtered { background: none; box-shadow: none; }
    .absent { display: inline-block; margin-top: .3rem; padding: 0 .35rem; color: #111;
      background: #ffd84d; border: 2px dashed var(--major); font-size: .9rem; }
    .absent.filtered { display: none; }
    .absent .label { font-weight: 700; font-size: .75rem; text-transform: uppercase;
      margin-right: .3rem; }
    .finding { border-left: 4px solid var(--neutral); background: var(--neutral-bg);
      padding: .2rem .4rem; margin: 0 0 .4rem; font-size: .88rem; }
    .finding.sev-critical { border-color: var(--critical); background: var(--critical-bg); }
    .finding.sev-major { border-color: var(--major); background: var(--major-bg); }
    .finding.sev-minor { border-color: var(--minor); background: var(--minor-bg); }
    .finding.filtered { display: none; }
    .finding summary { cursor: pointer; }
    .sev { font-weight: 700; text-transform: uppercase; font-size: .78rem; }
    .sev-critical .sev { color: var(--critical); }
    .sev-major .sev { color: var(--major); }
    .sev-minor .sev { color: var(--minor); }
    .sev-neutral .sev { color: var(--neutral); }
    .check { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8rem; }
    .evidence { margin: .2rem 0; }
    .evidence dt { font-size: .78rem; color: var(--muted); }
    .evidence dd { margin: 0 0 .15rem .75rem; }
    .meta { font-size: .75rem; color: var(--muted); }
    section.unaligned li { margin-bottom: .5rem; }
    .role { font-size: .8rem; color: var(--muted); }
    .finding, tr.row { scroll-margin-top: 3rem; }
    .long summary { cursor: pointer; }
    :target { outline: 3px solid #1d4ed8; outline-offset: 1px; }
    @media print {
      body { font-size: 10.5pt; padding: 0; }
      .filters { display: none; }
      table.alignment thead th { position: static; }
      table.alignment tr { break-inside: avoid; }
      tr[hidden], .finding.filtered { display: table-row; }
      details > summary { list-style: none; }
      a { color: inherit; text-decoration: none; }
    }
    """

  /// Shows the filter form (hidden without script) and hides findings, marks and, on request,
  /// rows whose severity or category is unticked. Without script the whole page stays visible.
  static let script = """
    (function () {
      var form = document.getElementById("filters");
      if (!form) { return; }
      form.hidden = false;
      function ticked(name) {
        var result = {};
        form.querySelectorAll("input[name=" + name + "]").forEach(function (box) {
          result[box.value] = box.checked;
        });
        return result;
      }
      function update() {
        var severity = ticked("severity"), category = ticked("category");
        var only = document.getElementById("only-findings").checked;
        document.querySelectorAll("[data-severity]").forEach(function (node) {
          var shown = severity[node.dataset.severity] !== false &&
            category[node.dataset.category] !== false;
          node.classList.toggle("filtered", !shown);
        });
        document.querySelectorAll("tr.row").forEach(function (row) {
          var visible = row.querySelectorAll(".finding:not(.filtered)").length > 0;
          row.classList.toggle("quiet", !visible);
          row.hidden = only && !visible;
        });
      }
      form.addEventListener("change", update);
      update();
    })();
    """
}
