package import Foundation
package import PortfolioModel
package import Storage

/// The archive index: one HTML page, one line per archived day with its P&L and a link to its PDF.
///
/// Pure.
package enum ArchiveIndexPage {
    /// The page for `rows` (newest first), with links relative to the archive folder.
    /// - Parameters:
    ///   - rows: The archived days.
    ///   - archiveFolder: The folder the index lives in; PDF paths under it become relative links.
    ///   - account: Shown masked.
    ///   - mode: Real or paper.
    ///   - generatedAt: The time printed on the page.
    /// - Returns: The HTML text.
    package static func html(
        rows: [ArchiveIndexRow], archiveFolder: String, account: AccountNumber, mode: TradingMode, generatedAt: Date
    ) -> String {
        let prefix = archiveFolder.hasSuffix("/") ? archiveFolder : archiveFolder + "/"
        var lines = [
            "<!doctype html>", "<html lang=\"ko\"><head><meta charset=\"utf-8\">",
            "<title>Kis_Dashboard archive</title>",
            "<style>body{font-family:sans-serif}td,th{padding:2px 10px;text-align:right}"
                + "td:first-child{text-align:left}.up{color:#d32f2f}.down{color:#1565c0}</style>",
            "</head><body>",
            "<h1>Kis_Dashboard archive — \(mode.koreanLabel) \(escape(account.masked))</h1>",
            "<p>Updated \(KST.format(generatedAt)) KST. One line per trading day.</p>",
            "<table><tr><th>날짜</th><th>총평가금액</th><th>당일손익</th><th>실현손익</th></tr>",
        ]
        for row in rows {
            let link = row.pdfPath.hasPrefix(prefix) ? String(row.pdfPath.dropFirst(prefix.count)) : row.pdfPath
            lines.append(
                "<tr><td><a href=\"\(escape(link))\">\(row.day.iso)</a></td><td>\(money(row.totalEvaluation))</td>"
                    + "<td\(tone(row.dayProfitLoss))>\(money(row.dayProfitLoss))</td>"
                    + "<td\(tone(row.realizedProfitLoss))>\(money(row.realizedProfitLoss))</td></tr>")
        }
        lines += ["</table>", "</body></html>", ""]
        return lines.joined(separator: "\n")
    }

    private static func money(_ value: KRW?) -> String { value.map { escape($0.description) } ?? "—" }

    /// Korean convention: red for gains, blue for losses.
    private static func tone(_ value: KRW?) -> String {
        guard let value, value != .zero else { return "" }
        return value > .zero ? " class=\"up\"" : " class=\"down\""
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
