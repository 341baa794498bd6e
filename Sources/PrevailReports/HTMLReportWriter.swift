import Foundation
import PrevailModel

/// Writes a check result as one self-contained HTML page for a reviewer: which version governs
/// and why, a summary (counts, MQM score, gate), both versions side by side one sentence bead
/// per table row with every finding highlighted in both texts and explained beside them, the
/// matter present in one version only, and filters by severity and category.
///
/// The page fetches nothing (inline style and script, system fonts), reads fully without
/// script, prints, and is the same bytes for the same result. All document text is escaped.
public enum HTMLReportWriter {
  /// The page as UTF-8.
  public static func write(_ result: CheckResult) -> Data {
    Data(page(result).utf8)
  }

  /// The page as a string.
  public static func page(_ result: CheckResult) -> String {
    var result = result
    result.findings.sort(by: Finding.reportOrder)
    let summary = HTMLSummary(result: result)
    let table = HTMLTable(result: result, rows: SentenceRows(result))
    var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    html +=
      "<meta name=\"generator\" content=\"Prevail \(HTMLText.attribute(result.toolVersion))\">\n"
    html += "<title>Prevail: \(HTMLText.escape(result.document.name))</title>\n"
    html += "<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n"
    html += summary.header() + "\n<main>\n"
    html += summary.summary() + "\n"
    html += summary.filters() + "\n"
    html += table.table() + "\n"
    html += table.unaligned() + "\n"
    html += table.unplaced() + "\n"
    html += "</main>\n<script>\n\(HTMLStyle.script)\n</script>\n</body>\n</html>\n"
    return html
  }
}
