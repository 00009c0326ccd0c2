package import Foundation
package import PortfolioModel
package import Storage

/// The archive index: one HTML page, one line per archived day with its P&L and a link to its PDF.
///
/// Made to be read on a phone as well as a desktop: a viewport, amounts that never wrap in tabular figures, and a
/// table that scrolls sideways inside its box (the date column stays put) when the screen is narrower than it.
/// Every stored string is HTML-escaped. Pure.
package enum ArchiveIndexPage {
    /// The page for `rows` (newest first), with links relative to the archive folder.
    /// - Parameters:
    ///   - rows: The archived days.
    ///   - archiveFolder: The folder the index lives in; links are relative to it (see ``ArchiveLink``).
    ///   - account: Shown masked.
    ///   - mode: Real or paper.
    ///   - generatedAt: The time printed on the page.
    /// - Returns: The HTML text.
    package static func html(
        rows: [ArchiveIndexRow], archiveFolder: String, account: AccountNumber, mode: TradingMode, generatedAt: Date
    ) -> String {
        let title = "KIS 대시보드 보관함 — \(mode.koreanLabel) \(account.masked)"
        var lines = [
            "<!doctype html>", "<html lang=\"ko\"><head><meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(escape(title))</title>", "<style>\(style)</style>", "</head><body>",
            "<h1>\(escape(title))</h1>",
            "<p>\(escape(KST.format(generatedAt))) KST 갱신 · 거래일마다 한 줄 · 날짜를 누르면 PDF가 열립니다.</p>",
            "<p class=\"unit\">금액 단위: 원</p><div class=\"scroll\"><table>",
            "<thead><tr><th>날짜</th><th>총평가금액</th><th>당일손익</th><th>수익률</th><th>실현손익</th></tr></thead>",
            "<tbody>",
        ]
        for row in rows {
            let href = ArchiveLink.href(pdfPath: row.pdfPath, archiveFolder: archiveFolder, day: row.day)
            let rate = dayRate(of: row)
            lines.append(
                "<tr><td><a href=\"\(escape(href))\">\(escape(row.day.iso))</a></td>"
                    + "<td>\(money(row.totalEvaluation, signed: false))</td>"
                    + cell(money(row.dayProfitLoss, signed: true), sign: row.dayProfitLoss?.won.signum())
                    + cell(rate.map { escape($0.description) } ?? "—", sign: rate?.hundredths.signum())
                    + cell(money(row.realizedProfitLoss, signed: true), sign: row.realizedProfitLoss?.won.signum())
                    + "</tr>")
        }
        if rows.isEmpty { lines.append("<tr><td colspan=\"5\">보관된 날이 없습니다.</td></tr>") }
        lines += [
            "</tbody></table></div>",
            "<p class=\"note\">수익률 = 당일손익 ÷ 전일 총평가금액(총평가금액 − 당일손익), 소수 둘째 자리. "
                + "<span class=\"up\">빨강</span> 상승, <span class=\"down\">파랑</span> 하락.</p>",
            "</body></html>", "",
        ]
        return lines.joined(separator: "\n")
    }

    /// The day's P&L as a share of the day before's total: `dayProfitLoss / (totalEvaluation − dayProfitLoss)`.
    ///
    /// The same figure as the dashboard's 총자산 전일 대비 (KIS's 자산증감액 over 전일총자산평가금액, since
    /// 자산증감액 = 총평가금액 − 전일총자산평가금액). `nil` when either amount is unknown or that base is not positive.
    package static func dayRate(of row: ArchiveIndexRow) -> Percent? {
        guard let total = row.totalEvaluation?.won, let change = row.dayProfitLoss?.won else { return nil }
        let (base, overflow) = total.subtractingReportingOverflow(change)
        guard !overflow, base > 0 else { return nil }
        return Percent.ratio(change, base)
    }

    /// `12,345원`, or when `signed` `+12,345원` on gains; `-12,345원`, `0원`, `—` when unknown.
    ///
    /// The 원 is its own span so a narrow screen can drop it (the page then says 금액 단위: 원 once).
    private static func money(_ value: KRW?, signed: Bool) -> String {
        guard let value else { return "—" }
        return (signed && value.won > 0 ? "+" : "") + KRW.grouped(value.won) + "<span class=\"won\">원</span>"
    }

    /// A number cell, red when `sign` is positive and blue when negative (the Korean convention).
    private static func cell(_ text: String, sign: Int64?) -> String {
        guard let sign, sign != 0 else { return "<td>\(text)</td>" }
        return "<td class=\"\(sign > 0 ? "up" : "down")\">\(text)</td>"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
