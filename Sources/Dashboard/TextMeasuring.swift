/// Measures text as it will be set (Pango in production, an approximation in layout tests).
///
/// Declared by the layout, which only needs sizes; `Reporting.PangoTextMeasurer` is the live implementation, so
/// the layout never links cairo or pango.
package protocol TextMeasuring {
    /// The width and height of `text` in `style`, in points.
    func measure(_ text: String, style: TextStyle) -> (width: Double, height: Double)
}
