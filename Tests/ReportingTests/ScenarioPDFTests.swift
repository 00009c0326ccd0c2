import Canvas
import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import Reporting

/// The scenario pack rendered with Cairo and Pango: the invariants hold on every page as Pango sets the text, and
/// every figure the layout prints is what pdftotext extracts.
@Suite struct ScenarioPDFTests {
    /// `KISDASH_KEEP_RENDERS=/some/dir swift test --filter ScenarioPDFTests` keeps the PDFs for looking at.
    private static let keep = ProcessInfo.processInfo.environment["KISDASH_KEEP_RENDERS"].map(
        URL.init(fileURLWithPath:))

    @Test(arguments: DashboardScenario.allCases)
    func everyPageKeepsTheInvariantsAndEveryFigureIsExtracted(_ scenario: DashboardScenario) async throws {
        try await offCooperativePool { try Self.check(scenario) }
    }

    private static func check(_ scenario: DashboardScenario) throws {
        let data = scenario.make()
        let surface = try PDFSurface(width: 100, height: 100)
        let measurer = PangoTextMeasurer(layout: try TextLayout(context: try DrawingContext(surface: surface)))
        let document = DashboardLayout(template: .standard, measurer: measurer).layout(data)
        let violations = LayoutInvariants(measurer: measurer).violations(
            in: document, names: DashboardScenario.names(in: data))
        #expect(violations.isEmpty, "\(violations.count) violations, first: \(violations.prefix(8))")

        let folder =
            keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString)")
        let url = folder.appendingPathComponent("\(scenario.rawValue).pdf")
        let result = try DashboardRenderer(template: .standard).render(data, to: url)
        #expect(result.pages == document.pages.count)
        #expect(result.unknownGlyphs == 0)
        let text = try Tool.run("pdftotext", url.path, "-")
        // Figures whole, and cut names as printed (the layout cuts them, so the PDF holds "KODEX 미국S&P5…").
        let printed = Set(
            document.allTexts.filter { (LayoutInvariants.isFigure($0) && !$0.contains("▲")) || $0.hasSuffix("…") })
        let missing = printed.filter { !text.contains($0) }.sorted()
        #expect(missing.isEmpty, "printed but not extracted: \(missing.prefix(10))")
        #expect(!text.contains(/[0-9][,.][0-9]*…/), "a figure was cut")
    }
}

extension LaidOutDocument {
    /// Every string on every page.
    var allTexts: [String] { pages.flatMap(\.texts) }
}
