import Canvas
import Dashboard

/// The layout's text measurer in production: Pango, through the same `TextLayout` that later draws the text, so
/// measured and drawn sizes agree exactly.
///
/// Remembers what it measured: the layout asks for the same text in the same style several times (a table sizes
/// its columns from every cell, then sets each cell; a chart's labels are measured to place them, then to fit
/// them), and each Pango measurement shapes the text anew.
final class PangoTextMeasurer: TextMeasuring {
    private struct Key: Hashable {
        var text: String
        var style: TextStyle
    }

    let layout: TextLayout
    private var sizes: [Key: (width: Double, height: Double)] = [:]

    init(layout: TextLayout) { self.layout = layout }

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
