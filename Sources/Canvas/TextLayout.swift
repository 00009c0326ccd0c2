internal import CPangoCairo

/// Sets and draws text with Pango on one ``DrawingContext``.
///
/// Keeps one `PangoLayout` for each text and style it was asked about: the layout measures a text to place it, and
/// the paint then draws that same laid-out text without shaping it again (shaping is most of a draw's cost). A
/// one-line text drawn in a box it fits is drawn from its natural-width layout, moved as the box's alignment moves
/// it (``alignmentOffset(box:line:alignment:)``): the same glyphs, shaped once.
package final class TextLayout {
    private struct Key: Hashable {
        var text: String
        var style: Style
    }

    private let pangoContext: OpaquePointer
    /// Set anew for each text should Pango ever fail to make a layout (GLib aborts on a failed allocation first).
    private let spare: OpaquePointer
    private let context: DrawingContext
    private var fonts: [FontKey: FontDescription] = [:]
    private var layouts: [Key: OpaquePointer] = [:]
    /// Glyphs no installed font could draw ("tofu"), counted over everything drawn so far.
    package private(set) var unknownGlyphs = 0

    /// Creates a layout for `context`.
    package init(context: DrawingContext) throws(CanvasError) {
        guard let pangoContext = pango_cairo_create_context(context.pointer) else {
            throw CanvasError(.drawing, "pango_cairo_create_context failed")
        }
        // Glyphs where the font puts them, not snapped to whole points (a point is a device unit on a PDF
        // surface): even spacing at 7-8 pt, and Cairo then writes each run as one string instead of a kerning
        // adjustment between every two glyphs (the 20-holding PDF's text is a quarter shorter).
        pango_context_set_round_glyph_positions(pangoContext, 0)
        guard let spare = pango_layout_new(pangoContext) else {
            CPangoCairo_unref(UnsafeMutableRawPointer(pangoContext))
            throw CanvasError(.drawing, "pango_layout_new failed")
        }
        self.pangoContext = pangoContext
        self.spare = spare
        self.context = context
    }

    deinit {
        for layout in layouts.values + [spare] { CPangoCairo_unref(UnsafeMutableRawPointer(layout)) }
        CPangoCairo_unref(UnsafeMutableRawPointer(pangoContext))
    }

    /// The size `text` takes in `style`, in points.
    package func measure(_ text: String, style: Style) -> (width: Double, height: Double) {
        let layout = laidOut(text, style: style)
        var width: Int32 = 0
        var height: Int32 = 0
        pango_layout_get_size(layout, &width, &height)
        return (Double(width) / CPangoCairo_scale(), Double(height) / CPangoCairo_scale())
    }

    /// Draws `text` with its box's top-left corner at (`x`, `y`).
    package func draw(_ text: String, style: Style, x: Double, y: Double) {
        let (layout, offset) = placed(text, style: style)
        unknownGlyphs += Int(pango_layout_get_unknown_glyphs_count(layout))
        cairo_move_to(context.pointer, x + Double(offset) / CPangoCairo_scale(), y)
        pango_cairo_show_layout(context.pointer, layout)
        cairo_new_path(context.pointer)
    }

    /// The layout of `text` in `style`, made and set the first time it is asked for.
    ///
    /// Without a box width, a one-line text's alignment and ellipsis change nothing, so those styles share one
    /// layout.
    func laidOut(_ text: String, style: Style) -> OpaquePointer {
        var style = style
        if style.width == nil, !style.wraps, Self.isOneLine(text) {
            style = Style(family: style.family, size: style.size, bold: style.bold)
        }
        let key = Key(text: text, style: style)
        if let layout = layouts[key] { return layout }
        guard let layout = pango_layout_new(pangoContext) else {
            configure(spare, text: text, style: style)
            return spare
        }
        configure(layout, text: text, style: style)
        layouts[key] = layout
        return layout
    }

    private func configure(_ layout: OpaquePointer, text: String, style: Style) {
        pango_layout_set_font_description(layout, font(for: style).pointer)
        let width = style.width.map(Self.units) ?? -1
        pango_layout_set_width(layout, width)
        pango_layout_set_spacing(layout, Int32(style.lineSpacing * CPangoCairo_scale()))
        pango_layout_set_alignment(layout, Self.alignment(style.alignment))
        if style.wraps {
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_NONE)
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        } else {
            // Only names may be cut; anything else was sized to fit its box by the layout, so Pango never
            // shortens a number (what is printed is what pdftotext extracts).
            pango_layout_set_ellipsize(
                layout, style.width != nil && style.ellipsizes ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE)
        }
        pango_layout_set_text(layout, text, -1)
        if style.wraps {
            let attributes = KeepAllAttributes(text: text)
            // The layout takes its own reference; the wrapper must live until the call returns.
            withExtendedLifetime(attributes) { pango_layout_set_attributes(layout, attributes.list) }
        }
    }

    private func font(for style: Style) -> FontDescription {
        let key = FontKey(family: style.family, size: style.size, bold: style.bold)
        if let font = fonts[key] { return font }
        let font = FontDescription(family: style.family, size: style.size, bold: style.bold)
        fonts[key] = font
        return font
    }

    private static func alignment(_ alignment: Style.Alignment) -> PangoAlignment {
        switch alignment {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
    }
}

private struct FontKey: Hashable {
    var family: String
    var size: Double
    var bold: Bool
}
