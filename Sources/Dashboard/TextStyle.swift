/// How the layout sets one piece of text: font, size, box width, wrapping and alignment.
///
/// A layout value: `Reporting` converts it to `Canvas.TextLayout.Style` to measure and draw the text with Pango.
package struct TextStyle: Sendable, Hashable {
    /// Horizontal alignment inside the box width.
    package enum Alignment: Sendable, Hashable { case left, center, right }

    /// What a one-line text does when it is wider than its box.
    package enum Overflow: Sendable, Hashable {
        /// The text is set smaller until it fits; never cut. Numbers, codes and anything with a figure in it.
        case shrink
        /// The text is cut with "…" (names only: a number is never cut).
        case ellipsize
    }

    /// Font family, such as `NanumGothic`.
    package var family: String
    /// Size in points (absolute: independent of Pango's 96 dpi default).
    package var size: Double
    package var bold: Bool
    /// Box width in points; `nil` sets the text on one line at its natural width.
    package var width: Double?
    /// Wraps at word boundaries (Korean words are kept whole); otherwise one line, handled by `overflow`.
    package var wraps: Bool
    /// What a one-line text in a box does when too wide: ``PageComposer`` shrinks `.shrink` text before drawing.
    package var overflow: Overflow
    package var alignment: Alignment
    /// Extra space between wrapped lines, in points.
    package var lineSpacing: Double

    /// Creates a style.
    package init(
        family: String, size: Double, bold: Bool = false, width: Double? = nil, wraps: Bool = false,
        alignment: Alignment = .left, lineSpacing: Double = 0, overflow: Overflow = .shrink
    ) {
        self.family = family
        self.size = size
        self.bold = bold
        self.width = width
        self.wraps = wraps
        self.alignment = alignment
        self.lineSpacing = lineSpacing
        self.overflow = overflow
    }

    /// `true` when Pango may cut this text with "…" (a one-line name in a box).
    package var ellipsizes: Bool { !wraps && width != nil && overflow == .ellipsize }
}
