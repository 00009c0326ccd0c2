/// A path kept as Cairo 1.16 keeps one (`cairo-path-fixed.c`), for ``PDFContent`` to write what Cairo's PDF surface
/// would write for it.
///
/// Points are on Cairo's 1/256-point grid (`_cairo_fixed_from_double`: nearest, ties to even). A move is applied
/// only when a line follows it; a segment that returns to the current point is dropped unless it follows the move;
/// a segment that continues the previous one in the same direction replaces it; closing adds and drops a segment
/// back to the start. The same segments rasterize to the same pixels.
package struct PDFPath: Sendable {
    package struct Point: Sendable, Equatable {
        package var x: Int64
        package var y: Int64
    }

    package enum Operation: Sendable, Equatable { case move, line, close }

    /// The operations, and one point for each move and line, in order.
    package private(set) var operations: [Operation] = []
    package private(set) var points: [Point] = []
    private var current = Point(x: 0, y: 0)
    private var lastMove = Point(x: 0, y: 0)
    private var hasCurrentPoint = false
    private var needsMove = true

    package init() {}

    /// `value` points on Cairo's grid, in 256ths of a point, within the ±8,388,607 points Cairo's 24.8 fixed point
    /// holds; a value that is not a number is 0 (no coordinate of a laid-out page is, but a path never traps).
    package static func fixed(_ value: Double) -> Int64 {
        guard value.isFinite else { return 0 }
        return Int64((min(max(value, -8_388_607), 8_388_607) * 256).rounded(.toNearestOrEven))
    }

    /// Starts a new subpath at (`x`, `y`).
    package mutating func move(toX x: Double, y: Double) { move(to: Point(x: Self.fixed(x), y: Self.fixed(y))) }

    /// Adds a segment to (`x`, `y`).
    package mutating func line(toX x: Double, y: Double) { line(to: Point(x: Self.fixed(x), y: Self.fixed(y))) }

    /// A closed rectangle, as `cairo_rectangle` makes it: a move and three segments relative to it.
    package mutating func rectangle(x: Double, y: Double, width: Double, height: Double) {
        move(toX: x, y: y)
        let (dx, dy) = (Self.fixed(width), Self.fixed(height))
        line(to: Point(x: current.x + dx, y: current.y))
        line(to: Point(x: current.x, y: current.y + dy))
        line(to: Point(x: current.x - dx, y: current.y))
        close()
    }

    /// Closes the subpath back to its start.
    package mutating func close() {
        guard hasCurrentPoint else { return }
        line(to: lastMove)
        if operations.last == .line { dropLine() }
        needsMove = true
        operations.append(.close)
    }

    /// The rectangle Cairo writes as `re` (`_cairo_path_fixed_is_rectangle`): its corners, smallest first.
    var rectangle: (Point, Point)? {
        guard operations == [.move, .line, .line, .line, .close] else { return nil }
        let p = points
        let axisAligned =
            (p[0].y == p[1].y && p[1].x == p[2].x && p[2].y == p[3].y && p[3].x == p[0].x)
            || (p[0].x == p[1].x && p[1].y == p[2].y && p[2].x == p[3].x && p[3].y == p[0].y)
        guard axisAligned else { return nil }
        return (
            Point(x: min(p[0].x, p[2].x), y: min(p[0].y, p[2].y)),
            Point(x: max(p[0].x, p[2].x), y: max(p[0].y, p[2].y))
        )
    }

    /// Where a closed path's pen rests: Cairo writes a move there after the last close.
    var trailingMove: Point? { needsMove && hasCurrentPoint ? current : nil }

    private mutating func move(to point: Point) {
        needsMove = true
        hasCurrentPoint = true
        current = point
        lastMove = point
    }

    private mutating func line(to point: Point) {
        guard hasCurrentPoint else { return move(to: point) }
        if needsMove {
            needsMove = false
            lastMove = current
            operations.append(.move)
            points.append(current)
        }
        if operations.last != .move && point == current { return }
        if operations.last == .line {
            let previous = points[points.count - 2]
            if previous == current {
                dropLine()
            } else {
                let (ax, ay) = (current.x - previous.x, current.y - previous.y)
                let (bx, by) = (point.x - current.x, point.y - current.y)
                if ay * bx == by * ax && ax * bx + ay * by >= 0 { dropLine() }
            }
        }
        operations.append(.line)
        points.append(point)
        current = point
    }

    private mutating func dropLine() {
        operations.removeLast()
        points.removeLast()
    }
}
