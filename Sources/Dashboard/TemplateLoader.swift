/// Turns a template's TOML text into a ``DashboardTemplate``; keys left out keep the built-in defaults.
package enum TemplateLoader {
    /// Parses `text`; `source` names the file in errors.
    package static func parse(_ text: String, source: String) throws(TemplateError) -> DashboardTemplate {
        var template = DashboardTemplate.standard
        var root = try TOMLReader(text: text, source: source)
        if var page = try root.table("page") {
            if let size = try page.string("size") {
                guard let paper = DashboardTemplate.PaperSize(rawValue: size) else {
                    throw TemplateError(source: source, key: "page.size", message: "expected \"A4\" or \"Letter\"")
                }
                template.paper = paper
            }
            if let orientation = try page.string("orientation") {
                guard orientation == "portrait" || orientation == "landscape" else {
                    throw TemplateError(
                        source: source, key: "page.orientation", message: "expected \"portrait\" or \"landscape\"")
                }
                template.landscape = orientation == "landscape"
            }
            template.margin = try page.number("margin", in: 10...90) ?? template.margin
            try page.rejectUnknownKeys()
        }
        if var fonts = try root.table("fonts") {
            template.fontFamily = try fonts.string("family") ?? template.fontFamily
            template.fontSize = try fonts.number("size", in: 6...14) ?? template.fontSize
            try fonts.rejectUnknownKeys()
        }
        if var colors = try root.table("colors") {
            template.colors = try palette(&colors, defaults: template.colors, source: source)
            try colors.rejectUnknownKeys()
        }
        if var sections = try root.table("sections") {
            if let names = try sections.strings("order") {
                template.sections = try names.map { (name) throws(TemplateError) in
                    guard let section = DashboardTemplate.Section(rawValue: name) else {
                        let known = DashboardTemplate.Section.allCases.map(\.rawValue).joined(separator: ", ")
                        throw TemplateError(
                            source: source, key: "sections.order",
                            message: "unknown section \"\(name)\" (known: \(known))")
                    }
                    return section
                }
            }
            try sections.rejectUnknownKeys()
        }
        if var limits = try root.table("limits") {
            template.staleMinutes = try limits.integer("stale_minutes", in: 1...1440) ?? template.staleMinutes
            template.pieSlices = try limits.integer("pie_slices", in: 1...12) ?? template.pieSlices
            template.pieMinimumPercent =
                try limits.number("pie_minimum_percent", in: 0...20) ?? template.pieMinimumPercent
            template.profitBars = try limits.integer("profit_bars", in: 1...30) ?? template.profitBars
            template.dailyDays = try limits.integer("daily_days", in: 2...30) ?? template.dailyDays
            template.candles = try limits.bool("candles") ?? template.candles
            try limits.rejectUnknownKeys()
        }
        try root.rejectUnknownKeys()
        return template
    }

    private static func palette(
        _ reader: inout TOMLReader, defaults: DashboardTemplate.Palette, source: String
    ) throws(TemplateError) -> DashboardTemplate.Palette {
        func color(_ key: String, _ fallback: Color) throws(TemplateError) -> Color {
            guard let text = try reader.string(key) else { return fallback }
            guard let color = Color(hex: text) else {
                throw TemplateError(
                    source: source, key: "colors.\(key)", message: "expected a colour like \"#D32F2F\", got \"\(text)\""
                )
            }
            return color
        }
        var palette = defaults
        palette.up = try color("up", defaults.up)
        palette.down = try color("down", defaults.down)
        palette.text = try color("text", defaults.text)
        palette.muted = try color("muted", defaults.muted)
        palette.grid = try color("grid", defaults.grid)
        palette.accent = try color("accent", defaults.accent)
        palette.headerFill = try color("header_fill", defaults.headerFill)
        palette.stale = try color("stale", defaults.stale)
        palette.failure = try color("failure", defaults.failure)
        if let series = try reader.strings("series") {
            palette.series = try series.map { (text) throws(TemplateError) in
                guard let color = Color(hex: text) else {
                    throw TemplateError(
                        source: source, key: "colors.series",
                        message: "expected colours like \"#3F51B5\", got \"\(text)\"")
                }
                return color
            }
            guard !palette.series.isEmpty else {
                throw TemplateError(source: source, key: "colors.series", message: "needs at least one colour")
            }
        }
        return palette
    }
}
