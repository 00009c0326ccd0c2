import Canvas
package import Dashboard
package import Foundation
import PortfolioModel

/// Renders a dashboard to a PDF file atomically.
///
/// The PDF goes to a temporary file in the same folder, is checked, then renamed over the target. On any failure the previous file is untouched and the temporary file is removed.
package struct DashboardRenderer: Sendable {
    package var template: DashboardTemplate

    /// Creates a renderer for `template`.
    package init(template: DashboardTemplate) {
        self.template = template
    }

    /// What a render produced.
    package struct Result: Sendable {
        package var url: URL
        package var pages: Int
        package var bytes: Int
        /// Glyphs no font could draw (should be 0).
        package var unknownGlyphs: Int
        /// Seconds spent in each step: `fonts`, `layout`, `paint` (drawing and font subsetting), `write`.
        package var timings: [(step: String, seconds: Double)]
    }

    /// Lays out `data` and writes it to `url`.
    package func render(_ data: DashboardData, to url: URL) throws(ReportError) -> Result {
        var timings: [(step: String, seconds: Double)] = []
        var mark = ContinuousClock.now
        func lap(_ step: String) {
            let now = ContinuousClock.now
            timings.append((step, (now - mark).inSeconds))
            mark = now
        }
        do { try FontCatalog.require(template.fontFamily) } catch { throw ReportError(.font, error.message) }
        lap("fonts")
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportError(.write, "cannot create \(folder.path): \(Self.reason(error))", underlying: error)
        }
        let (bytes, pages, unknownGlyphs) = try draw(data, lap: lap)
        var size = 0
        do {
            // Read back before the rename: the page count and embedded fonts, or the previous file stays.
            try AtomicFile.replace(url, with: Data(bytes)) { temporary in
                let inspection: PDFInspection
                do { inspection = try PDFInspection(contentsOf: temporary) } catch {
                    throw ReportError(.check, "cannot read back \(temporary.lastPathComponent): \(Self.reason(error))")
                }
                guard inspection.pages == pages, pages > 0, inspection.isComplete else {
                    throw ReportError(
                        .check, "the PDF has \(inspection.pages) pages, expected \(pages); previous file kept")
                }
                guard inspection.embeddedFonts > 0 else {
                    throw ReportError(.check, "the PDF has no embedded fonts; previous file kept")
                }
                size = inspection.bytes
            }
        } catch let error as ReportError {
            throw error
        } catch {
            throw ReportError(.write, "\(error); previous file kept", underlying: error)
        }
        lap("write")
        return Result(url: url, pages: pages, bytes: size, unknownGlyphs: unknownGlyphs, timings: timings)
    }

    private func draw(_ data: DashboardData, lap: (String) -> Void) throws(ReportError) -> ([UInt8], Int, Int) {
        do {
            let size = template.pageSize
            let surface = try PDFSurface(width: size.width, height: size.height)
            let context = try DrawingContext(surface: surface)
            let text = try TextLayout(context: context)
            let measurer = PangoTextMeasurer(layout: text)
            let document = DashboardLayout(template: template, measurer: measurer).layout(data)
            lap("layout")
            let (bytes, fellBack) = try Self.paint(
                document, with: PDFPainter(surface: surface, context: context, text: text), measurer: measurer)
            // One surface is the fallback when the two could not be merged (see DashboardRenderer+Overlay).
            lap(fellBack ? "paint (one surface)" : "paint")
            return (bytes, document.pages.count, text.unknownGlyphs)
        } catch {
            throw ReportError(.write, "cannot draw the PDF: \(error.message); previous file kept")
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
