import Canvas
import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import Reporting

/// Painting on two surfaces and laying one over the other gives the picture one surface gives, or refuses clearly.
@Suite struct OverlayPDFTests {
    /// A laid-out sample dashboard and the measurer that laid it out, on a surface ready to paint.
    private struct Setup {
        let document: LaidOutDocument
        let painter: PDFPainter
        let measurer: PangoTextMeasurer

        init(_ sample: SampleDashboard) throws {
            let size = DashboardTemplate.standard.pageSize
            let surface = try PDFSurface(width: size.width, height: size.height)
            let context = try DrawingContext(surface: surface)
            let text = try TextLayout(context: context)
            measurer = PangoTextMeasurer(layout: text)
            document = DashboardLayout(template: .standard, measurer: measurer).layout(sample.make())
            painter = PDFPainter(surface: surface, context: context, text: text)
        }
    }

    private static func sample(holdings: Int) -> SampleDashboard {
        var sample = SampleDashboard()
        sample.holdings = holdings
        sample.minutes = 390
        sample.executions = 12
        return sample
    }

    /// Each page rasterized at `dpi` by poppler, as PNG bytes.
    private static func pages(_ pdf: [UInt8], dpi: Int = 60) throws -> [Data] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.pdf")
        try Data(pdf).write(to: file)
        _ = try Tool.run("pdftoppm", "-png", "-r", String(dpi), file.path, folder.appendingPathComponent("p").path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        return try names.sorted().map { try Data(contentsOf: folder.appendingPathComponent($0)) }
    }

    @Test(arguments: [1, 7, 24])
    func theOverlaidPDFLooksExactlyLikeOnePainting(holdings: Int) async throws {
        try await offCooperativePool { try Self.comparePaintings(holdings: holdings) }
    }

    private static func comparePaintings(holdings: Int) throws {
        let setup = try Setup(Self.sample(holdings: holdings))
        let (merged, fellBack) = try DashboardRenderer.paint(
            setup.document, with: setup.painter, measurer: setup.measurer)
        let single = try DashboardRenderer.paintOnOneSurface(setup.document)
        #expect(!fellBack)
        #expect(Data(merged).count(of: Array("/kdOverlay Do".utf8)) == 1)
        let (mergedPages, singlePages) = (try pages(merged), try pages(single))
        #expect(mergedPages.count == setup.document.pages.count)
        #expect(mergedPages == singlePages, "the pages differ at 60 dpi")
        #expect(try pages(merged, dpi: 150) == pages(single, dpi: 150), "the pages differ at 150 dpi")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, b) = (folder.appendingPathComponent("a.pdf"), folder.appendingPathComponent("b.pdf"))
        try Data(merged).write(to: a)
        try Data(single).write(to: b)
        #expect(try Tool.run("pdftotext", "-layout", a.path, "-") == Tool.run("pdftotext", "-layout", b.path, "-"))
        #expect(try Tool.run("pdffonts", a.path) == Tool.run("pdffonts", b.path))
        let info = try Tool.run("pdfinfo", a.path)
        #expect(info.contains("Pages:           \(setup.document.pages.count)"))
        #expect(try PDFInspection(contentsOf: a).pages == setup.document.pages.count)
    }

    @Test(arguments: DashboardScenario.allCases)
    func everyScenarioLooksTheSameOnTwoSurfaces(_ scenario: DashboardScenario) async throws {
        try await offCooperativePool {
            let size = DashboardTemplate.standard.pageSize
            let surface = try PDFSurface(width: size.width, height: size.height)
            let context = try DrawingContext(surface: surface)
            let text = try TextLayout(context: context)
            let measurer = PangoTextMeasurer(layout: text)
            let document = DashboardLayout(template: .standard, measurer: measurer).layout(scenario.make())
            let (merged, fellBack) = try DashboardRenderer.paint(
                document, with: PDFPainter(surface: surface, context: context, text: text), measurer: measurer)
            #expect(!fellBack)
            #expect(try Self.pages(merged) == Self.pages(DashboardRenderer.paintOnOneSurface(document)))
        }
    }

    @Test func aRefusedMergePaintsEverythingOnOneSurface() throws {
        let setup = try Setup(Self.sample(holdings: 3))
        let (bytes, fellBack) = try DashboardRenderer.paint(
            setup.document, with: setup.painter, measurer: setup.measurer
        ) { _, _, _ throws(CanvasError) in throw CanvasError(.drawing, "refused on purpose") }
        #expect(fellBack)
        #expect(bytes == (try DashboardRenderer.paintOnOneSurface(setup.document)))
    }

    @Test func textAndCurvesAreRefusedOnTheOverlay() throws {
        var drawing = OverlayDrawing(pageHeight: 842)
        let style = TextStyle(family: "NanumGothic", size: 8)
        #expect(throws: CanvasError.self) {
            try drawing.draw(.text("가", style: style, color: .black, origin: Point(1, 1)))
        }
        let wedge = DrawCommand.wedge(center: Point(50, 50), radius: 9, start: 0, end: 1, fill: .black, stroke: nil)
        #expect(throws: CanvasError.self) { try drawing.draw(wedge) }
    }

    @Test func aFormForAPagePastTheLastIsRefused() throws {
        let setup = try Setup(Self.sample(holdings: 1))
        let one = try DashboardRenderer.paintOnOneSurface(setup.document)
        let form = try PDFOverlay.Form(PDFContent(pageHeight: 842), width: 595, height: 842)
        #expect(throws: CanvasError.self) { try PDFOverlay.merge(one, forms: [5: form]) }
        #expect(try PDFOverlay.merge(one, forms: [0: form]).starts(with: Array("%PDF-".utf8)))
    }

    /// The caller joins the second core's work when it calls `finish()`: the forms are those each page's drawings
    /// make alone, whoever wrote them, and a page the overlay cannot draw fails the whole overlay.
    @Test func whoeverDrawsAPageTheFormsAreTheSame() async throws {
        try await offCooperativePool {
            let setup = try Setup(Self.sample(holdings: 24))
            var (base, overlay) = (setup.document, setup.document)
            for (i, page) in setup.document.pages.enumerated() {
                let split = OverlaySplit(page) { setup.measurer.ink(of: $0, style: $1) }
                (base.pages[i].commands, overlay.pages[i].commands) = (split.base, split.overlay)
            }
            let good = try DashboardRenderer.paintOnOneSurface(base)
            var alone: [Int: PDFOverlay.Form] = [:]
            for (index, page) in overlay.pages.enumerated() where !page.commands.isEmpty {
                var drawing = OverlayDrawing(pageHeight: page.height)
                for command in page.commands { try drawing.draw(command) }
                alone[index] = try PDFOverlay.Form(drawing.content, width: page.width, height: page.height)
            }
            #expect(alone.count > 5)
            let shared = try OverlayPainting.start(overlay).finish().forms
            #expect(Set(shared.keys) == Set(alone.keys))
            #expect(try PDFOverlay.merge(good, forms: shared) == PDFOverlay.merge(good, forms: alone))
            var broken = overlay
            broken.pages[broken.pages.count - 1].commands.append(
                .text("가", style: TextStyle(family: "NanumGothic", size: 8), color: .black, origin: Point(1, 1)))
            #expect(throws: CanvasError.self) { try OverlayPainting.start(broken).finish() }
        }
    }

    @Test func damagedInputIsRefusedWithoutACrash() async throws {
        try await offCooperativePool { try Self.refuseDamage() }
    }

    private static func refuseDamage() throws {
        let setup = try Setup(Self.sample(holdings: 2))
        var (base, overlay) = (setup.document, setup.document)
        let splits = setup.document.pages.map { OverlaySplit($0) { setup.measurer.ink(of: $0, style: $1) } }
        for (i, split) in splits.enumerated() {
            base.pages[i].commands = split.base
            overlay.pages[i].commands = split.overlay
        }
        let good = try DashboardRenderer.paintOnOneSurface(base)
        let top = try OverlayPainting.start(overlay).finish().forms
        #expect(!top.isEmpty)
        #expect(try PDFOverlay.merge(good, forms: top).starts(with: Array("%PDF-".utf8)))
        #expect(throws: CanvasError.self) { try PDFOverlay.merge([], forms: top) }
        #expect(throws: CanvasError.self) { try PDFOverlay.merge(Array("%PDF-1.5\n%%EOF\n".utf8), forms: top) }
        var random = SplitMix(seed: 11)
        for cut in stride(from: 0, to: good.count - 40, by: max(good.count / 97, 1)) {
            #expect(throws: CanvasError.self) { try PDFOverlay.merge(Array(good[..<cut]), forms: top) }
        }
        // Bytes changed at random: a clear refusal or a file, never a crash.
        for _ in 0..<300 {
            var damaged = good
            let index = random.int(in: 0...(good.count - 1))
            damaged[index] = UInt8(random.int(in: 0...255))
            if let merged = try? PDFOverlay.merge(damaged, forms: top) {
                #expect(merged.starts(with: Array("%PDF-".utf8)) || index < 5)
            }
        }
    }
}
