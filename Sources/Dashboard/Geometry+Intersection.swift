extension Rect {
    /// `true` when the two rectangles share more than their edges.
    package func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// `true` when the segment from `a` to `b` passes through the inside of the rectangle.
    package func intersects(from a: Point, to b: Point) -> Bool { inside(from: a, to: b) != nil }

    /// `true` when any segment of the open line through `points` passes through the rectangle.
    package func intersects(polyline points: [Point]) -> Bool {
        zip(points, points.dropFirst()).contains { intersects(from: $0, to: $1) }
    }

    /// The stretch of the segment from `a` to `b` inside the rectangle, as fractions of the way from `a` (0) to `b`
    /// (1); `nil` when it only touches an edge or stays out (Liang–Barsky clipping).
    func inside(from a: Point, to b: Point) -> (enter: Double, leave: Double)? {
        let dx = b.x - a.x
        let dy = b.y - a.y
        var low = 0.0
        var high = 1.0
        for (p, q) in [(-dx, a.x - x), (dx, maxX - a.x), (-dy, a.y - y), (dy, maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return nil }
            } else {
                let t = q / p
                if p < 0 { low = max(low, t) } else { high = min(high, t) }
                if low >= high { return nil }
            }
        }
        return (low, high)
    }

    /// The open line through `points` with what passes through the rectangle cut out: the pieces left outside,
    /// each with at least two points.
    func outside(polyline points: [Point]) -> [[Point]] {
        var pieces: [[Point]] = []
        var current = Array(points.prefix(1))
        for (a, b) in zip(points, points.dropFirst()) {
            guard let (enter, leave) = inside(from: a, to: b) else {
                current.append(b)
                continue
            }
            func along(_ t: Double) -> Point { Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t) }
            if enter > 0 { current.append(along(enter)) }
            if current.count > 1 { pieces.append(current) }
            current = leave < 1 ? [along(leave), b] : [b]
        }
        if current.count > 1 { pieces.append(current) }
        return pieces
    }
}
