import Dashboard

/// Text sizes without Pango: Latin digits half an em, everything else a full em; wrapping by whole words.
struct ApproximateMeasurer: TextMeasuring {
    func measure(_ text: String, style: TextStyle) -> (width: Double, height: Double) {
        let lineHeight = style.size * 1.45
        func width(_ s: Substring) -> Double {
            s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.55 : 1.0) } * style.size
        }
        let natural = width(Substring(text))
        guard style.wraps, let box = style.width, natural > box else {
            return (min(natural, style.width ?? natural), lineHeight)
        }
        var lines = 1
        var current = 0.0
        for word in text.split(separator: " ") {
            let w = width(word) + style.size * 0.3
            if current + w > box && current > 0 {
                lines += 1
                current = w
            } else {
                current += w
            }
        }
        return (box, Double(lines) * lineHeight + Double(lines - 1) * style.lineSpacing)
    }
}

extension DashboardLayout {
    /// A layout with the approximate measurer.
    static func approximate(_ template: DashboardTemplate = .standard) -> DashboardLayout {
        DashboardLayout(template: template, measurer: ApproximateMeasurer())
    }
}

extension LaidOutDocument {
    /// Every string on every page.
    var allTexts: [String] { pages.flatMap(\.texts) }
}
