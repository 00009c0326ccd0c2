import Foundation
import Pipeline
import PortfolioModel
import Storage
import Testing

@Suite struct ArchiveIndexPageTests {
    private static let folder = "/home/kis/reports/archive"

    private func page(_ rows: [ArchiveIndexRow] = ArchiveIndexSample.rows) throws -> String {
        ArchiveIndexPage.html(
            rows: rows, archiveFolder: Self.folder, account: try #require(AccountNumber("5012345601")),
            mode: .paper, generatedAt: ArchiveIndexSample.generatedAt)
    }

    private func row(_ day: String, pdf: String? = nil, total: Int64? = 20_000_000, change: Int64?) throws
        -> ArchiveIndexRow
    {
        let date = try #require(TradeDate(day))
        return ArchiveIndexRow(
            day: date, pdfPath: pdf ?? "\(Self.folder)/\(ArchiveLink.relativePath(for: date))",
            totalEvaluation: total.map(KRW.init), dayProfitLoss: change.map(KRW.init), realizedProfitLoss: .zero)
    }

    @Test func thePageHasAViewportAndKoreanLabels() throws {
        let html = try page()
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<html lang=\"ko\">") && html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<th>날짜</th><th>총평가금액</th><th>당일손익</th><th>수익률</th><th>실현손익</th>"))
        #expect(html.contains("모의 5012****-01") && !html.contains("5012345601"))
        #expect(html.contains("2025-12-04 15:40:00 KST"))
    }

    @Test func amountsNeverWrapAndTheTableScrollsInItsBox() throws {
        let html = try page()
        #expect(html.contains("white-space:nowrap"))
        #expect(html.contains("font-variant-numeric:tabular-nums"))
        #expect(html.contains("<div class=\"scroll\"><table>") && html.contains(".scroll{overflow-x:auto"))
        #expect(html.contains("<p class=\"unit\">금액 단위: 원</p>") && html.contains(".won{display:none}"))
    }

    @Test func everyLinkIsRelativeToTheIndexFolder() throws {
        let html = try page()
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs.count == ArchiveIndexSample.rows.count)
        #expect(hrefs.first == "2025/12/Kis_Dashboard_2025-12-04.pdf")
        #expect(hrefs.allSatisfy { !$0.hasPrefix("/") && !$0.contains(":") && !$0.contains("..") })
        #expect(!html.contains("/home/kis"))
    }

    @Test(arguments: [
        ("/a/archive/2025/12/Kis_Dashboard_2025-12-04.pdf", "/a/archive", "2025/12/Kis_Dashboard_2025-12-04.pdf"),
        ("/a/archive/2025/12/Kis_Dashboard_2025-12-04.pdf", "/a/archive/", "2025/12/Kis_Dashboard_2025-12-04.pdf"),
        ("/a/./archive//2025/12/x.pdf", "/a/b/../archive", "2025/12/x.pdf"),
        ("reports/archive/2025/12/x.pdf", "reports/archive", "2025/12/x.pdf"),
        // Stored elsewhere, or escaping the folder: the day's place in this folder, never the stored path.
        ("/old/place/2025/12/Kis_Dashboard_2025-12-04.pdf", "/a/archive", "2025/12/Kis_Dashboard_2025-12-04.pdf"),
        ("/a/archive/../secret.pdf", "/a/archive", "2025/12/Kis_Dashboard_2025-12-04.pdf"),
        ("a/archive/2025/12/x.pdf", "/a/archive", "2025/12/Kis_Dashboard_2025-12-04.pdf"),
        ("/a/archive", "/a/archive", "2025/12/Kis_Dashboard_2025-12-04.pdf"),
        // URL-escaped segment by segment.
        ("/a/archive/12월 보고서/a#b?c%d.pdf", "/a/archive", "12%EC%9B%94%20%EB%B3%B4%EA%B3%A0%EC%84%9C/a%23b%3Fc%25d.pdf"),
    ])
    func linksAreRelativeAndEscaped(pdfPath: String, folder: String, expected: String) throws {
        let day = try #require(TradeDate("2025-12-04"))
        #expect(ArchiveLink.href(pdfPath: pdfPath, archiveFolder: folder, day: day) == expected)
    }

    @Test func gainsAreRedWithAPlusAndLossesBlue() throws {
        let html = try page([try row("2025-12-04", change: 52_225), try row("2025-12-03", change: -310_000)])
        let won = "<span class=\"won\">원</span>"  // dropped on narrow screens, where 금액 단위: 원 is said once
        #expect(html.contains("<td class=\"up\">+52,225\(won)</td><td class=\"up\">+0.26%</td>"))
        #expect(html.contains("<td class=\"down\">-310,000\(won)</td><td class=\"down\">-1.53%</td>"))
        let flat = try page([try row("2025-12-04", change: 0)])
        #expect(flat.contains("<td>0\(won)</td><td>0.00%</td>"))
    }

    private static let rates: [(total: Int64?, change: Int64?, expected: String?)] = [
        (21_322_800, 467_800, "+2.24%"),  // 467,800 / 20,855,000
        (10_000_000, -250_000, "-2.44%"),  // -250,000 / 10,250,000
        (10_000_000, 0, "0.00%"),
        (100, 100, nil),  // no base to divide by
        (nil, 467_800, nil),
        (21_322_800, nil, nil),
    ]

    @Test(arguments: rates)
    func theDayRateIsTheDaysPLOverThePreviousTotal(total: Int64?, change: Int64?, expected: String?) throws {
        let rate = ArchiveIndexPage.dayRate(of: try row("2025-12-04", total: total, change: change))
        #expect(rate?.description == expected)
    }

    @Test func unknownFiguresShowADash() throws {
        let html = try page([try row("2025-12-04", total: nil, change: nil)])
        #expect(html.contains("<td>—</td><td>—</td><td>—</td>"))
        #expect(try page([]).contains("보관된 날이 없습니다."))
    }

    /// A `/` in the stored name is a folder separator, so it stays; everything else is percent-encoded.
    @Test func storedTextCannotInjectMarkup() throws {
        let pdf = "\(Self.folder)/2025/12/x\"><script>alert(1)</script>.pdf"
        let html = try page([try row("2025-12-04", pdf: pdf, change: 1)])
        #expect(!html.contains("<script"))
        #expect(html.contains("href=\"2025/12/x%22%3E%3Cscript%3Ealert%281%29%3C/script%3E.pdf\""))
    }

    /// Writes the sample page for the screenshots in docs/ (`make archive-sample`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KISDASH_ARCHIVE_SAMPLE"] != nil))
    func writeTheSamplePage() throws {
        let path = try #require(ProcessInfo.processInfo.environment["KISDASH_ARCHIVE_SAMPLE"])
        try Data(try page().utf8).write(to: URL(fileURLWithPath: path))
    }
}
