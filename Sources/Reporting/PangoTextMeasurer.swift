import Canvas
import Dashboard

/// The layout's text measurer in production: Pango, through the same `TextLayout` that later draws the text, so
/// measured and drawn sizes agree exactly.
struct PangoTextMeasurer: TextMeasuring {
    let layout: TextLayout

    func measure(_ text: String, style: TextStyle) -> (width: Double, height: Double) {
        layout.measure(text, style: TextLayout.Style(style))
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
