import Canvas
import Dashboard
import Dispatch
import Synchronization

/// The render's second core: writes the overlay pages' drawings (``OverlaySplit``), then compresses each page the
/// main surface finishes, while the caller paints the rest.
///
/// Fork and join inside one render: ``start(_:)`` queues the drawings, ``compress(page:)`` queues a page Cairo
/// wrote, ``finish()`` waits for all of it. One serial queue, so the work never takes more than the one core the
/// main surface leaves. The drawings are written as PDF operators directly (``OverlayDrawing``, ``PDFContent``),
/// with no Cairo surface, fonts or Pango; only finished forms and compressed streams come back.
final class OverlayPainting: Sendable {
    private let queue = DispatchQueue(label: "kisdash.render.second-core", qos: .userInitiated)
    private let group = DispatchGroup()
    private let outcome = Mutex<Result<[Int: PDFOverlay.Form], CanvasError>?>(nil)
    private let ready = Mutex<[PDFOverlay.ReadyStream]>([])

    private init() {}

    /// Starts writing the commands of `document`'s pages (no text, no curves) now.
    static func start(_ document: LaidOutDocument) -> OverlayPainting {
        let painting = OverlayPainting()
        painting.queue.async(group: painting.group) {
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

    /// Compresses, after the drawings, the page content Cairo wrote in `page` (what one `cairo_show_page` added).
    ///
    /// A page that cannot be read is left to the merge, which compresses what is left.
    func compress(page: [UInt8]) {
        queue.async(group: group) {
            guard let stream = try? PDFOverlay.ReadyStream(compressing: page) else { return }
            self.ready.withLock { $0.append(stream) }
        }
    }

    /// Waits for the second core and returns the overlay's forms (by page index) and the pages compressed.
    func finish() throws(CanvasError) -> (forms: [Int: PDFOverlay.Form], ready: [PDFOverlay.ReadyStream]) {
        group.wait()
        guard let result = outcome.withLock({ $0 }) else { throw CanvasError(.drawing, "the overlay was not painted") }
        return (try result.get(), ready.withLock { $0 })
    }
}
