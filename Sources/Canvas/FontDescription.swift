internal import CPangoCairo

/// A Pango font description (family, weight, absolute size).
///
/// Owns its `PangoFontDescription`.
final class FontDescription {
    let pointer: OpaquePointer

    /// Creates a description; sizes are absolute points, so Pango's 96 dpi default does not scale them.
    init(family: String, size: Double, bold: Bool) {
        // pango_font_description_new only fails when out of memory, where glib aborts anyway.
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_weight(pointer, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(pointer, size * CPangoCairo_scale())
    }

    deinit { pango_font_description_free(pointer) }
}

/// Pango attributes that keep Korean words whole when wrapping (CSS `word-break: keep-all`).
///
/// Pango's word-char wrapping breaks between any two Hangul syllables; forbidding breaks inside each
/// space-separated word leaves breaks only at spaces (and inside a word longer than the line, as a last resort).
final class KeepAllAttributes {
    let list: OpaquePointer

    init(text: String) {
        list = pango_attr_list_new()
        var start = 0
        var offset = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                insert(from: start, to: offset)
                start = offset + 1
            }
            offset += 1
        }
        insert(from: start, to: offset)
    }

    deinit { pango_attr_list_unref(list) }

    private func insert(from start: Int, to end: Int) {
        guard end - start > 1, let attribute = pango_attr_allow_breaks_new(0) else { return }
        attribute.pointee.start_index = guint(start)
        attribute.pointee.end_index = guint(end)
        pango_attr_list_insert(list, attribute)
    }
}
