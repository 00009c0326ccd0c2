import Canvas
import Dashboard

/// The layout's text measurer in production: Pango, through the same `TextLayout` that later draws the text, so
/// measured and drawn sizes agree exactly.
///
/// Remembers the sizes it measured: the layout asks for the same text in the same style several times (a table
/// sizes its columns from every cell, then sets each cell; a chart's labels are measured to place them, then to fit
/// them). `TextLayout` keeps each shaped layout, so a repeated question is never shaped again; this table answers it
/// without converting the style and asking Pango for the size.
final class PangoTextMeasurer: TextMeasuring {
    private struct Key: Hashable {
        var text: String
        var style: TextStyle
    }

    let layout: TextLayout
    private var sizes: [Key: (width: Double, height: Double)] = [:]

    init(layout: TextLayout) { self.layout = layout }

    /// Where `text` in `style` can leave paint when drawn with its box at (0, 0): the ink of its glyphs as Pango
    /// sets them (``TextLayout/inkBox(_:style:)``), grown by ``inkAllowance``.
    ///
    /// Used to keep drawings from moving over text (``OverlaySplit``). The ink, not the line's box: a line's box
    /// has room above and below its glyphs, where a table rule or a grid line may end, and nothing there needs
    /// the drawing to stay under the text. The text is drawn from this same layout, so the measure costs no shaping.
    func ink(of text: String, style: TextStyle) -> Rect {
        let box = layout.inkBox(text, style: TextLayout.Style(style))
        return Rect(x: box.x, y: box.y, width: box.width, height: box.height).grown(by: Self.inkAllowance)
    }

    /// How far a viewer may draw a glyph past its outline: hinting moves an edge to the pixel grid (up to half a
    /// pixel, 0.6 pt at 60 dpi), and antialiasing shades the pixel an edge crosses, which the split's clearance
    /// already keeps apart.
    static let inkAllowance = 0.75

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
