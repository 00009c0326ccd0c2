extension PageComposer {
    /// What a one-line text in a box is drawn as: a `.shrink` text (numbers, codes, labels) is set smaller until it
    /// fits, never cut; an `.ellipsize` text (a name) is cut here with "…", so the display list and the PDF's text
    /// hold exactly what is printed (a cut Pango makes itself still extracts as the whole string).
    ///
    /// - Returns: The text to draw and its style.
    package func fitted(_ text: String, style: TextStyle) -> (text: String, style: TextStyle) {
        guard let box = style.width, !style.wraps else { return (text, style) }
        switch style.overflow {
        case .shrink: return (text, shrunk(text, style: style, box: box))
        case .ellipsize: return (truncated(text, style: style, box: box), style)
        }
    }

    /// The width `text` takes in `style` on one line with no box (what a box must hold to show all of it).
    package func naturalWidth(of text: String, style: TextStyle) -> Double {
        var free = style
        free.width = nil
        return measurer.measure(text, style: free).width
    }

    /// `style` at the largest size (in hundredths of a point) at which `text` fits `box`.
    private func shrunk(_ text: String, style: TextStyle, box: Double) -> TextStyle {
        var fitted = style
        var natural = naturalWidth(of: text, style: fitted)
        while natural > box, fitted.size > 0.5 {
            fitted.size = ((fitted.size * min(box / natural, 0.99)) * 100).rounded(.down) / 100
            natural = naturalWidth(of: text, style: fitted)
        }
        return fitted
    }

    /// The longest start of `text` that fits `box` with "…" after it and does not end inside a figure (the whole
    /// text when it fits).
    private func truncated(_ text: String, style: TextStyle, box: Double) -> String {
        guard naturalWidth(of: text, style: style) > box else { return text }
        let characters = Array(text)
        func cut(_ count: Int) -> String {
            var start = String(characters[..<count])
            while start.last?.isWhitespace == true { start.removeLast() }
            return start + "…"
        }
        var (low, high) = (0, characters.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if naturalWidth(of: cut(middle), style: style) <= box { low = middle } else { high = middle - 1 }
        }
        // Never inside a figure that is part of a name ("황제주 2,000,000원" becomes "황제주…", not "황제주 2,…").
        func isFigure(_ c: Character) -> Bool { c.isNumber || c == "," || c == "." }
        while low > 0, isFigure(characters[low - 1]), isFigure(characters[low]) { low -= 1 }
        return cut(low)
    }
}
