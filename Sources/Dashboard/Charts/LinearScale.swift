import Foundation

/// Maps a value range onto a pixel range, with "nice" tick values for axis labels.
package struct LinearScale: Sendable {
    package var domain: ClosedRange<Double>
    package var range: ClosedRange<Double>
    /// `true` when larger values map to smaller coordinates (a y axis: up is smaller y).
    package var inverted: Bool

    /// Creates a scale; an empty domain is widened so that every value still maps inside the range.
    package init(domain: ClosedRange<Double>, range: ClosedRange<Double>, inverted: Bool = false) {
        let span = domain.upperBound - domain.lowerBound
        if span > 0 {
            self.domain = domain
        } else {
            let pad = max(abs(domain.lowerBound) * 0.01, 1)
            self.domain = (domain.lowerBound - pad)...(domain.upperBound + pad)
        }
        self.range = range
        self.inverted = inverted
    }

    /// The coordinate of `value`.
    package func callAsFunction(_ value: Double) -> Double {
        let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
        let span = range.upperBound - range.lowerBound
        return inverted ? range.upperBound - t * span : range.lowerBound + t * span
    }

    /// About `count` round tick values inside the domain (steps of 1, 2 or 5 × 10ⁿ, never below `minimumStep`).
    ///
    /// Prices are whole won, so a price axis passes `minimumStep: 1`: below about 10 won a finer step would give
    /// labels that round to the same number ("3, 3, 2, 2, 1").
    package func ticks(count: Int, minimumStep: Double = 0) -> [Double] {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, count > 0 else { return [] }
        let rough = max(span / Double(count), minimumStep)
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough * (1 - 1e-12) } ?? 10 * magnitude
        var tick = (domain.lowerBound / step).rounded(.up) * step
        var result: [Double] = []
        while tick <= domain.upperBound + step * 1e-9 {
            result.append(tick)
            tick += step
        }
        return result
    }

    /// The domain padded by `fraction` of its span on both sides (so lines do not touch the frame).
    package static func padded(_ low: Double, _ high: Double, by fraction: Double) -> ClosedRange<Double> {
        let pad = max((high - low) * fraction, max(abs(high) * 0.005, 1))
        return (low - pad)...(high + pad)
    }
}
