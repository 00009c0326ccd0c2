import Canvas
import Dashboard
import Dispatch
import Synchronization

/// The render's second core: writes the overlay pages' drawings (``OverlaySplit``), then compresses each page the
/// main surface finishes, while the caller paints the rest.
///
/// Fork and join inside one render: ``start(_:)`` queues the drawings, ``compress(page:)`` queues a page Cairo
/// wrote, ``finish()`` joins in and waits for the rest. The jobs are done oldest first, by one serial queue while
/// the main surface paints, so they never take more than the one core it leaves; once it is done, the caller
/// takes jobs too instead of waiting (at 100 holdings the drawings outlast the text). The drawings are written as
/// PDF operators directly (``OverlayDrawing``, ``PDFContent``), with no Cairo surface, fonts or Pango; only
/// finished forms and compressed streams come back, keyed by page, so who did a job changes no byte.
final class OverlayPainting: Sendable {
    /// A piece of the second core's work.
    private enum Job: Sendable {
        case draw(index: Int, page: LaidOutPage)
        case compress([UInt8])
    }

    private struct State {
        var jobs: [Job] = []
        /// The oldest job nobody has taken.
        var next = 0
        var forms: [Int: PDFOverlay.Form] = [:]
        var ready: [PDFOverlay.ReadyStream] = []
        var failure: CanvasError?
    }

    private let queue = DispatchQueue(label: "kisdash.render.second-core", qos: .userInitiated)
    private let group = DispatchGroup()
    private let state = Mutex(State())

    private init() {}

    /// Starts writing the commands of `document`'s pages (no text, no curves) now.
    static func start(_ document: LaidOutDocument) -> OverlayPainting {
        let painting = OverlayPainting()
        for (index, page) in document.pages.enumerated() where !page.commands.isEmpty {
            painting.add(.draw(index: index, page: page))
        }
        return painting
    }

    /// Compresses, after the drawings, the page content Cairo wrote in `page` (what one `cairo_show_page` added).
    ///
    /// A page that cannot be read is left to the merge, which compresses what is left.
    func compress(page: [UInt8]) { add(.compress(page)) }

    /// Does the jobs nobody has started, then waits for the second core; returns the overlay's forms (by page
    /// index) and the pages compressed.
    func finish() throws(CanvasError) -> (forms: [Int: PDFOverlay.Form], ready: [PDFOverlay.ReadyStream]) {
        while runNext() {}
        group.wait()
        let (forms, ready, failure) = state.withLock { ($0.forms, $0.ready, $0.failure) }
        if let failure { throw failure }
        return (forms, ready)
    }

    private func add(_ job: Job) {
        state.withLock { $0.jobs.append(job) }
        queue.async(group: group) { self.runNext() }
    }

    /// Does the oldest job nobody has taken; `false` when there was none.
    @discardableResult
    private func runNext() -> Bool {
        let taken = state.withLock { state -> Job? in
            guard state.next < state.jobs.count else { return nil }
            defer {
                state.jobs[state.next] = .compress([])  // what the job held is no longer needed here
                state.next += 1
            }
            return state.jobs[state.next]
        }
        switch taken {
        case nil:
            return false
        case .draw(let index, let page):
            do {
                let form = try Self.form(page)
                state.withLock { $0.forms[index] = form }
            } catch {
                state.withLock { $0.failure = $0.failure ?? error }
            }
        case .compress(let bytes):
            guard let stream = try? PDFOverlay.ReadyStream(compressing: bytes) else { break }
            state.withLock { $0.ready.append(stream) }
        }
        return true
    }

    private static func form(_ page: LaidOutPage) throws(CanvasError) -> PDFOverlay.Form {
        var drawing = OverlayDrawing(pageHeight: page.height)
        for command in page.commands { try drawing.draw(command) }
        return try PDFOverlay.Form(drawing.content, width: page.width, height: page.height)
    }
}
