internal import CPangoCairo

/// Checks that font families are installed, before any page is drawn.
package enum FontCatalog {
    /// The family fontconfig really uses for `family`: the same name when it is installed, a substitute otherwise.
    package static func resolvedFamily(for family: String, bold: Bool = false) -> String? {
        guard let fontMap = pango_cairo_font_map_get_default(),
            let context = pango_font_map_create_context(UnsafeMutablePointer(fontMap))
        else { return nil }
        defer { CPangoCairo_unref(UnsafeMutableRawPointer(context)) }
        let description = FontDescription(family: family, size: 10, bold: bold)
        guard let font = pango_context_load_font(context, description.pointer) else { return nil }
        defer { CPangoCairo_unref(UnsafeMutableRawPointer(font)) }
        guard let loaded = pango_font_describe(font) else { return nil }
        defer { pango_font_description_free(loaded) }
        return pango_font_description_get_family(loaded).map { String(cString: $0) }
    }

    /// Throws ``CanvasError/Code/fontMissing`` unless `family` is installed (in regular and bold).
    package static func require(_ family: String) throws(CanvasError) {
        for bold in [false, true] {
            let resolved = resolvedFamily(for: family, bold: bold)
            guard let resolved, resolved.lowercased() == family.lowercased() else {
                let weight = bold ? "bold" : "regular"
                throw CanvasError(
                    .fontMissing,
                    "font \"\(family)\" (\(weight)) is not installed; fontconfig would substitute "
                        + "\"\(resolved ?? "nothing")\" (install fonts-nanum, or set fonts.family in the template)")
            }
        }
    }
}
