internal import CPangoCairo

/// A Cairo drawing context on a ``PDFSurface``.
///
/// Owns its `cairo_t` and keeps the surface alive.
///
/// Not Sendable: a whole document is drawn inside one call on one task (house style rule 10).
package final class DrawingContext {
    let pointer: OpaquePointer
    /// The surface drawn on; held so it outlives the context.
    package let surface: PDFSurface

    /// Creates a context drawing on `surface`.
    package init(surface: PDFSurface) throws(CanvasError) {
        guard let cr = cairo_create(surface.pointer) else { throw CanvasError(.drawing, "cairo_create failed") }
        guard cairo_status(cr) == CAIRO_STATUS_SUCCESS else {
            let message = String(cString: cairo_status_to_string(cairo_status(cr)))
            cairo_destroy(cr)
            throw CanvasError(.drawing, "cannot draw: \(message)")
        }
        pointer = cr
        self.surface = surface
    }

    deinit { cairo_destroy(pointer) }

    /// Sets the source colour (components 0...1).
    package func setColor(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        cairo_set_source_rgba(pointer, red, green, blue, alpha)
    }

    /// Sets the stroke width in points.
    package func setLineWidth(_ width: Double) { cairo_set_line_width(pointer, width) }

    /// Sets a dash pattern (empty for a solid line).
    package func setDash(_ pattern: [Double]) {
        pattern.withUnsafeBufferPointer { cairo_set_dash(pointer, $0.baseAddress, Int32($0.count), 0) }
    }

    /// Starts a new path at (`x`, `y`).
    package func move(toX x: Double, y: Double) { cairo_move_to(pointer, x, y) }

    /// Adds a straight segment to (`x`, `y`).
    package func line(toX x: Double, y: Double) { cairo_line_to(pointer, x, y) }

    /// Adds a rectangle to the path.
    package func rectangle(x: Double, y: Double, width: Double, height: Double) {
        cairo_rectangle(pointer, x, y, width, height)
    }

    /// Adds a circular arc (angles in radians, clockwise in page space).
    package func arc(centerX: Double, centerY: Double, radius: Double, from start: Double, to end: Double) {
        cairo_arc(pointer, centerX, centerY, radius, start, end)
    }

    /// Closes the current sub-path.
    package func closePath() { cairo_close_path(pointer) }

    /// Fills the path; keeps it for a stroke when `preserve`.
    package func fill(preserve: Bool = false) {
        if preserve { cairo_fill_preserve(pointer) } else { cairo_fill(pointer) }
    }

    /// Strokes the path and clears it.
    package func stroke() { cairo_stroke(pointer) }

    /// Clears the current path and point (Pango leaves a current point after showing text).
    package func newPath() { cairo_new_path(pointer) }

    /// Saves the graphics state.
    package func save() { cairo_save(pointer) }

    /// Restores the graphics state saved last.
    package func restore() { cairo_restore(pointer) }

    /// Restricts drawing to a rectangle until the next ``restore()``.
    package func clip(x: Double, y: Double, width: Double, height: Double) {
        cairo_rectangle(pointer, x, y, width, height)
        cairo_clip(pointer)
    }

    /// Ends the page and starts the next one.
    package func showPage() { cairo_show_page(pointer) }

    /// Throws if any earlier call put the context into an error state.
    package func checkStatus() throws(CanvasError) {
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw CanvasError(.drawing, "drawing failed: \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
