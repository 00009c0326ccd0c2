import Dashboard

/// Which of a page's drawing commands can be painted on another thread at the same time as the rest, and laid
/// over the page afterwards (``PDFOverlay``) without changing the picture.
///
/// A command moved to the overlay is painted after everything that stays, instead of in its place. That changes
/// nothing when no command drawn after it that stays comes near it: the page is walked from its last command to
/// its first, a command moves when its footprint keeps `clearance` from every later command that stayed, and the
/// overlay keeps the moved commands' order. Text always stays: the fonts belong to the main surface. The clearance
/// (more than a pixel at 60 dpi) keeps even antialiased edges from sharing a pixel with a neighbour. Pie wedges stay
/// too: the overlay is written without Cairo (``OverlayDrawing``), which has no arcs. Where every
/// drawing between two texts would move, the first of them stays, so Cairo writes the texts as it would have.
struct OverlaySplit {
    /// The commands painted on the main surface, in page order.
    private(set) var base: [DrawCommand] = []
    /// The commands painted on the overlay, in page order.
    private(set) var overlay: [DrawCommand] = []

    /// Splits `page`; `ink` gives where a text can leave paint, relative to its box's top-left corner.
    init(_ page: LaidOutPage, clearance: Double = 1.25, ink: (String, TextStyle) -> Rect) {
        var stayed = BoxGrid(width: page.width, height: page.height)
        var moves = [Bool](repeating: false, count: page.commands.count)
        // The non-text commands since the text after them: Cairo ends a text object at any other drawing, and
        // two texts with nothing between them share one, the second placed relative to the first (rounded a
        // little differently). One command of such a run stays, so the text is written as before.
        var run: (first: Int, bounds: Rect, allMoved: Bool)?
        var textAfter = false
        for index in page.commands.indices.reversed() {
            let command = page.commands[index]
            let footprint = PaintFootprint(command, ink: ink)
            let area = footprint.bounds.grown(by: clearance)
            if case .text = command {
                if textAfter, let run, run.allMoved {
                    moves[run.first] = false
                    stayed.insert(run.bounds)
                }
                (run, textAfter) = (nil, true)
                stayed.insert(area)
            } else if command.isCurved || stayed.contains(where: area, footprint.touches) {
                run = (index, area, false)
                stayed.insert(area)
            } else {
                moves[index] = true
                run = (index, area, run?.allMoved ?? true)
            }
        }
        for (command, moves) in zip(page.commands, moves) {
            if moves { overlay.append(command) } else { base.append(command) }
        }
    }
}

/// Boxes filed by the cells of a coarse grid over the page, to find those near a point quickly.
private struct BoxGrid {
    private static let cell = 48.0
    private let columns: Int
    private let rows: Int
    private var boxes: [Rect] = []
    private var cells: [[Int]]

    init(width: Double, height: Double) {
        columns = max(Int((width / Self.cell).rounded(.up)), 1)
        rows = max(Int((height / Self.cell).rounded(.up)), 1)
        cells = Array(repeating: [], count: columns * rows)
    }

    mutating func insert(_ box: Rect) {
        boxes.append(box)
        let (xs, ys) = spans(box)
        for row in ys { for column in xs { cells[row * columns + column].append(boxes.count - 1) } }
    }

    /// `true` when a box filed under the cells `area` covers satisfies `predicate`.
    func contains(where area: Rect, _ predicate: (Rect) -> Bool) -> Bool {
        let (xs, ys) = spans(area)
        for row in ys {
            for column in xs where cells[row * columns + column].contains(where: { predicate(boxes[$0]) }) {
                return true
            }
        }
        return false
    }

    /// The columns and rows of the cells `box` covers.
    private func spans(_ box: Rect) -> (ClosedRange<Int>, ClosedRange<Int>) {
        // In floating point until clamped: a coordinate far off the page (or not a number) never traps.
        func cell(_ value: Double, _ count: Int) -> Int {
            guard !value.isNaN else { return 0 }
            return Int(min(max((value / Self.cell).rounded(.down), 0), Double(count - 1)))
        }
        func span(_ low: Double, _ high: Double, _ count: Int) -> ClosedRange<Int> {
            let first = cell(low, count)
            return first...max(cell(high, count), first)
        }
        return (span(box.x, box.maxX, columns), span(box.y, box.maxY, rows))
    }
}

extension DrawCommand {
    /// Drawn with arcs, which only Cairo writes.
    fileprivate var isCurved: Bool {
        if case .wedge = self { return true }
        return false
    }
}
