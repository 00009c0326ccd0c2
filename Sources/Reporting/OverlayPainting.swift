import Canvas
import Dashboard
import Dispatch
import Synchronization

/// Paints the overlay pages (``OverlaySplit``) on a surface of their own, on another thread, while the caller
/// paints the rest: the render's use of the second core.
///
/// Fork and join inside one render: ``start(_:)`` hands the pages to a global queue, ``finish()`` waits for the
/// PDF. The surface is created, drawn on and finished on that one thread (house style rule 10: Cairo handles never
/// cross threads); only the finished bytes come back. The overlay draws no text, so it needs no fonts or Pango.
final class OverlayPainting: Sendable {
    private let group = DispatchGroup()
    private let outcome = Mutex<Result<[UInt8], CanvasError>?>(nil)

    private init() {}

    /// Starts painting `document` (its pages' commands, no text) now.
    static func start(_ document: LaidOutDocument) -> OverlayPainting {
        let painting = OverlayPainting()
        DispatchQueue.global(qos: .userInitiated).async(group: painting.group, qos: .userInitiated, flags: []) {
            let result = Result { () throws(CanvasError) -> [UInt8] in
                let first = document.pages.first
                let surface = try PDFSurface(width: first?.width ?? 1, height: first?.height ?? 1)
                let context = try DrawingContext(surface: surface)
                try PDFPainter(surface: surface, context: context, text: nil).paint(document)
                // Compressed here, while the main surface is still painting.
                return DashboardRenderer.compressingPages(try surface.finish(), workers: 1, drawingsOnly: true)
            }
            painting.outcome.withLock { $0 = result }
        }
        return painting
    }

    /// Waits for the overlay and returns its PDF.
    func finish() throws(CanvasError) -> [UInt8] {
        group.wait()
        guard let result = outcome.withLock({ $0 }) else { throw CanvasError(.drawing, "the overlay was not painted") }
        return try result.get()
    }
}
