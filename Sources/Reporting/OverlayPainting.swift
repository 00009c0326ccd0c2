import Canvas
import Dashboard
import Dispatch
import Synchronization

/// Writes the overlay pages' drawings (``OverlaySplit``) on another thread while the caller paints the rest: the
/// render's use of the second core.
///
/// Fork and join inside one render: ``start(_:)`` hands the pages to a global queue, ``finish()`` waits for the
/// forms. The drawings are written as PDF operators directly (``OverlayDrawing``, ``PDFContent``), with no Cairo
/// surface, fonts or Pango, and compressed there; only the finished forms come back.
final class OverlayPainting: Sendable {
    private let group = DispatchGroup()
    private let outcome = Mutex<Result<[Int: PDFOverlay.Form], CanvasError>?>(nil)

    private init() {}

    /// Starts writing the commands of `document`'s pages (no text, no curves) now.
    static func start(_ document: LaidOutDocument) -> OverlayPainting {
        let painting = OverlayPainting()
        DispatchQueue.global(qos: .userInitiated).async(group: painting.group, qos: .userInitiated, flags: []) {
            let result = Result { () throws(CanvasError) -> [Int: PDFOverlay.Form] in
                var forms: [Int: PDFOverlay.Form] = [:]
                for (index, page) in document.pages.enumerated() where !page.commands.isEmpty {
                    var drawing = OverlayDrawing(pageHeight: page.height)
                    for command in page.commands { try drawing.draw(command) }
                    forms[index] = try PDFOverlay.Form(drawing.content, width: page.width, height: page.height)
                }
                return forms
            }
            painting.outcome.withLock { $0 = result }
        }
        return painting
    }

    /// Waits for the overlay and returns its forms, by page index.
    func finish() throws(CanvasError) -> [Int: PDFOverlay.Form] {
        group.wait()
        guard let result = outcome.withLock({ $0 }) else { throw CanvasError(.drawing, "the overlay was not painted") }
        return try result.get()
    }
}
