import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import Reporting

/// Real Cairo + Pango renders, checked with poppler's tools.
@Suite struct PDFTests {
    /// Keeps the edge-state renders for looking at: `KISDASH_KEEP_RENDERS=/some/dir swift test --filter PDFTests`.
    private static let keep = ProcessInfo.processInfo.environment["KISDASH_KEEP_RENDERS"].map(
        URL.init(fileURLWithPath:))

    private func render(
        _ name: String, template: DashboardTemplate = .standard, _ configure: (inout SampleDashboard) -> Void = { _ in }
    ) throws -> (URL, DashboardRenderer.Result) {
        var sample = SampleDashboard()
        configure(&sample)
        let folder =
            Self.keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
        let url = folder.appendingPathComponent("\(name).pdf")
        let result = try DashboardRenderer(template: template).render(sample.make(), to: url)
        return (url, result)
    }

    @Test func theDashboardHasEmbeddedSubsetFontsMetadataAndExtractableKorean() throws {
        let (url, result) = try render("default")
        #expect(result.unknownGlyphs == 0)
        let info = try Tool.run("pdfinfo", url.path)
        #expect(info.contains("Pages:           \(result.pages)"))
        #expect(info.contains("Title:           KIS 포트폴리오 대시보드 — 2025-12-04"))
        #expect(info.contains("595.276 x 841.89 pts (A4)"))
        #expect(info.contains("CreationDate:    Thu Dec  4 01:30:00 2025 UTC"))
        let fonts = try Tool.run("pdffonts", url.path).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            #expect(line.contains("NanumGothic"))
            #expect(line.contains("yes yes yes"), "embedded, subset, ToUnicode: \(line)")
        }
        let text = try Tool.run("pdftotext", "-layout", url.path, "-")
        for expected in ["계좌 요약", "포트폴리오 구성", "보유 종목", "종목별 차트", "금일 체결", "미체결 주문", "AI 포트폴리오 진단", "1234****-01"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("12345678"))
    }

    @Test func theOutlineHasASectionPerSectionAndAnEntryPerHolding() throws {
        let (url, _) = try render("outline")
        let data = try Data(contentsOf: url)
        let outlines = data.count(of: Array("/Type /Outlines".utf8))
        #expect(outlines == 1)
        // The document title plus 7 sections and 6 holdings, as UTF-16 strings.
        #expect(data.count(of: Array("/Title <FEFF".utf8)) == 1 + 7 + 6)
    }

    @Test func theSameDataRendersTheSameBytes() throws {
        let (first, _) = try render("same-a")
        let (second, _) = try render("same-b")
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test(arguments: [
        ("no-holdings", 0, 0, 90, false), ("one-holding", 1, 3, 90, false), ("many-holdings", 200, 15, 90, false),
        ("long-names", 6, 3, 90, true), ("five-hundred-executions", 6, 500, 90, false), ("holiday", 6, 0, 0, false),
    ])
    func edgeStatesRenderCleanly(name: String, holdings: Int, executions: Int, minutes: Int, longNames: Bool) throws {
        let (url, result) = try render(name) {
            $0.holdings = holdings
            $0.executions = executions
            $0.minutes = minutes
            $0.longNames = longNames
            if minutes == 0 { $0.market = .closed(reason: "휴장일") }
        }
        #expect(result.unknownGlyphs == 0)
        #expect(try PDFInspection(contentsOf: url).pages == result.pages)
        #expect(try Tool.run("pdftotext", url.path, "-").contains("KIS 포트폴리오 대시보드"))
    }

    @Test func landscapeIsSelectable() throws {
        var template = DashboardTemplate.standard
        template.landscape = true
        let (url, _) = try render("landscape", template: template)
        #expect(try Tool.run("pdfinfo", url.path).contains("841.89 x 595.276 pts (A4)"))
    }
}

extension Data {
    /// How many times `needle` occurs.
    func count(of needle: [UInt8]) -> Int {
        var count = 0
        var start = startIndex
        while let range = self[start...].firstRange(of: needle) {
            count += 1
            start = range.upperBound
        }
        return count
    }
}
