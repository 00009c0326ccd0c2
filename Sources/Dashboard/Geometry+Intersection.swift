extension Rect {
    /// `true` when the two rectangles share more than their edges.
    package func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// `true` when the segment from `a` to `b` passes through the inside of the rectangle (Liang–Barsky clipping).
    package func intersects(from a: Point, to b: Point) -> Bool {
        let dx = b.x - a.x
        let dy = b.y - a.y
        var low = 0.0
        var high = 1.0
        for (p, q) in [(-dx, a.x - x), (dx, maxX - a.x), (-dy, a.y - y), (dy, maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { low = max(low, t) } else { high = min(high, t) }
                if low >= high { return false }
            }
        }
        return true
    }

    /// `true` when any segment of the open line through `points` passes through the rectangle.
    package func intersects(polyline points: [Point]) -> Bool {
        zip(points, points.dropFirst()).contains { intersects(from: $0, to: $1) }
    }
}
