import Canvas
import Dashboard

extension DashboardRenderer {
    /// Paints `document` with `painter` and returns the finished PDF, using both cores: the commands
    /// ``OverlaySplit`` can move are written on another thread at the same time (``OverlayPainting``), and
    /// ``PDFOverlay`` lays them over the main surface's pages.
    ///
    /// The same data gives the same bytes (both halves and the merge are deterministic). Should the merge refuse
    /// what Cairo wrote, the whole document is painted again on one surface: slower, never wrong.
    ///
    /// - Returns: The PDF, and whether it was painted again on one surface after a refused merge.
    static func paint(
        _ document: LaidOutDocument, with painter: PDFPainter, measurer: PangoTextMeasurer,
        merge: ([UInt8], [Int: PDFOverlay.Form], [PDFOverlay.ReadyStream]) throws(CanvasError) -> [UInt8] = {
            try PDFOverlay.merge($0, forms: $1, ready: $2)
        }
    ) throws(CanvasError) -> (bytes: [UInt8], fellBack: Bool) {
        let splits = document.pages.map { OverlaySplit($0) { measurer.ink(of: $0, style: $1) } }
        guard splits.contains(where: { !$0.overlay.isEmpty }) else {
            try painter.paint(document)
            return (compressingPages(try painter.surface.finish()), false)
        }
        var (base, overlay) = (document, document)
        for (index, split) in splits.enumerated() {
            base.pages[index].commands = split.base
            overlay.pages[index].commands = split.overlay
        }
        let painting = OverlayPainting.start(overlay)
        let baseBytes: [UInt8]
        do {
            var mark = painter.surface.writtenCount
            try painter.paint(base) {
                painting.compress(page: painter.surface.written(since: mark))
                mark = painter.surface.writtenCount
            }
            baseBytes = try painter.surface.finish()
        } catch {
            _ = try? painting.finish()
            throw error
        }
        let (forms, ready) = try painting.finish()
        do {
            return (try merge(baseBytes, forms, ready), false)
        } catch {
            return (try paintOnOneSurface(document), true)
        }
    }

    /// `document` painted on one new surface, every command in its place: the fallback, and what the overlaid
    /// paint is compared with.
    static func paintOnOneSurface(_ document: LaidOutDocument) throws(CanvasError) -> [UInt8] {
        let surface = try PDFSurface(width: document.pages.first?.width ?? 1, height: document.pages.first?.height ?? 1)
        let context = try DrawingContext(surface: surface)
        try PDFPainter(surface: surface, context: context, text: try TextLayout(context: context)).paint(document)
        return compressingPages(try surface.finish())
    }

    /// `pdf` with its pages compressed on both cores (``PDFSurface/compressPagesOnBothCores()``), or as Cairo wrote
    /// it should that fail: larger, never wrong.
    static func compressingPages(_ pdf: [UInt8]) -> [UInt8] { (try? PDFOverlay.merge(pdf, forms: [:])) ?? pdf }
}
