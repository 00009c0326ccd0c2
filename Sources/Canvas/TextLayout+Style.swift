extension TextLayout {
    /// How one piece of text is set: font, size, box width, wrapping and alignment.
    ///
    /// Canvas's own copy of the settings, so the wrapper depends on no layout module; `Reporting` converts the
    /// layout's `TextStyle` to it field by field.
    package struct Style: Sendable, Hashable {
        /// Horizontal alignment inside the box width.
        package enum Alignment: Sendable, Hashable { case left, center, right }

        /// Font family, such as `NanumGothic`.
        package var family: String
        /// Size in points (absolute: independent of Pango's 96 dpi default).
        package var size: Double
        package var bold: Bool
        /// Box width in points; `nil` sets the text on one line at its natural width.
        package var width: Double?
        /// Wraps at word boundaries (Korean words are kept whole); otherwise one line.
        package var wraps: Bool
        /// Cuts a one-line text wider than `width` with "…"; otherwise the caller has made it fit.
        package var ellipsizes: Bool
        package var alignment: Alignment
        /// Extra space between wrapped lines, in points.
        package var lineSpacing: Double

        /// Creates a style.
        package init(
            family: String, size: Double, bold: Bool = false, width: Double? = nil, wraps: Bool = false,
            alignment: Alignment = .left, lineSpacing: Double = 0, ellipsizes: Bool = false
        ) {
            self.family = family
            self.size = size
            self.bold = bold
            self.width = width
            self.wraps = wraps
            self.alignment = alignment
            self.lineSpacing = lineSpacing
            self.ellipsizes = ellipsizes
        }
    }
}
