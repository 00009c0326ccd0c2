internal import CPangoCairo

extension TextLayout {
    /// The layout that draws `text` in `style`, and how far right of the box's left edge (in Pango units).
    ///
    /// Without wrapping, a one-line left-to-right text that fits its box is the same line whatever the box: no
    /// ellipsis, no break, only the alignment's offset.
    func placed(_ text: String, style: Style) -> (layout: OpaquePointer, offset: Int32) {
        guard let box = style.width, !style.wraps, Self.isOneLine(text) else { return (laidOut(text, style: style), 0) }
        let natural = laidOut(text, style: Style(family: style.family, size: style.size, bold: style.bold))
        // A right-to-left line would swap left and right alignment; those keep their own layout.
        guard let line = pango_layout_get_line_readonly(natural, 0),
            line.pointee.resolved_dir == PANGO_DIRECTION_LTR.rawValue
        else { return (laidOut(text, style: style), 0) }
        var logical = PangoRectangle()
        pango_layout_line_get_extents(line, nil, &logical)
        let boxUnits = Self.units(box)
        guard logical.width <= boxUnits else { return (laidOut(text, style: style), 0) }
        return (natural, Self.alignmentOffset(box: boxUnits, line: logical.width, alignment: style.alignment))
    }

    /// Where `text` in `style` leaves ink when drawn with its box's top-left corner at (0, 0), in points: the
    /// outlines of its glyphs as ``draw(_:style:x:y:)`` places them (an empty or blank text has none, a zero box).
    package func inkBox(_ text: String, style: Style) -> (x: Double, y: Double, width: Double, height: Double) {
        let (layout, offset) = placed(text, style: style)
        var ink = PangoRectangle()
        pango_layout_get_extents(layout, &ink, nil)
        let scale = CPangoCairo_scale()
        return (
            Double(ink.x + offset) / scale, Double(ink.y) / scale, Double(ink.width) / scale,
            Double(ink.height) / scale
        )
    }

    /// Where the first line of `text` in `style` starts, right of the box's left edge in Pango units.
    ///
    /// As ``draw(_:style:x:y:)`` places it, and as Pango places it in a layout of the whole box: the two are equal
    /// (TextPlacementTests).
    package func lineStarts(_ text: String, style: Style) -> (drawn: Int32, pango: Int32) {
        func start(_ layout: OpaquePointer) -> Int32 {
            let iterator = pango_layout_get_iter(layout)
            defer { pango_layout_iter_free(iterator) }
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            return logical.x
        }
        let (layout, offset) = placed(text, style: style)
        return (offset + start(layout), start(laidOut(text, style: style)))
    }

    /// Where Pango puts a line `line` wide in a box `box` wide (both in Pango units), as `pango-layout.c`'s
    /// `get_x_offset` does for a left-to-right line without indent: centred lines are rounded to whole points when
    /// both widths are whole points.
    static func alignmentOffset(box: Int32, line: Int32, alignment: Style.Alignment) -> Int32 {
        guard box != 0 else { return 0 }
        switch alignment {
        case .left: return 0
        case .right: return box - line
        case .center:
            let scale = Int32(CPangoCairo_scale())
            let offset = (box - line) / 2
            return (box | line) & (scale - 1) == 0 ? (offset + scale / 2) & ~(scale - 1) : offset
        }
    }

    /// Pango breaks lines at these (and at no other character when it does not wrap).
    static func isOneLine(_ text: String) -> Bool { !text.contains(where: \.isNewline) }

    static func units(_ points: Double) -> Int32 { Int32((points * CPangoCairo_scale()).rounded(.down)) }
}
