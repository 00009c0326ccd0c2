import Canvas
import Dashboard

/// The layout's text measurer in production: Pango, through the same `TextLayout` that later draws the text, so
/// measured and drawn sizes agree exactly.
///
/// Remembers the sizes it measured: the layout asks for the same text in the same style several times (a table
/// sizes its columns from every cell, then sets each cell; a chart's labels are measured to place them, then to fit
/// them). `TextLayout` keeps each shaped layout, so a repeated question is never shaped again; this table answers it
/// without converting the style and asking Pango for the size, and tells ``bound(of:style:)`` what was measured.
final class PangoTextMeasurer: TextMeasuring {
    private struct Key: Hashable {
        var text: String
        var style: TextStyle
    }

    let layout: TextLayout
    private var sizes: [Key: (width: Double, height: Double)] = [:]

    init(layout: TextLayout) { self.layout = layout }

    /// A size no smaller than `text`'s in `style`, asking Pango again only when it must.
    ///
    /// What was measured when it was; else, for one line, a generous bound: 1.5 em a character (the widest glyphs
    /// of the Korean fonts are 1.1 em) and 1.6 em high (a line is 1.15-1.45 em). Used to keep drawings from moving
    /// over text (``OverlaySplit``): too large only keeps more on the main surface.
    func bound(of text: String, style: TextStyle) -> (width: Double, height: Double) {
        if let size = sizes[Key(text: text, style: style)] { return size }
        guard !style.wraps, !text.contains(where: \.isNewline) else { return measure(text, style: style) }
        return (Double(text.count) * style.size * 1.5, style.size * 1.6)
    }

    func measure(_ text: String, style: TextStyle) -> (width: Double, height: Double) {
        let key = Key(text: text, style: style)
        if let size = sizes[key] { return size }
        let size = layout.measure(text, style: TextLayout.Style(style))
        sizes[key] = size
        return size
    }
}

extension TextLayout.Style {
    /// Canvas's settings for the layout's `style`, field by field.
    init(_ style: TextStyle) {
        self.init(
            family: style.family, size: style.size, bold: style.bold, width: style.width, wraps: style.wraps,
            alignment: Alignment(style.alignment), lineSpacing: style.lineSpacing,
            ellipsizes: style.ellipsizes)
    }
}

extension TextLayout.Style.Alignment {
    init(_ alignment: TextStyle.Alignment) {
        switch alignment {
        case .left: self = .left
        case .center: self = .center
        case .right: self = .right
        }
    }
}
