import PortfolioModel

/// Turns a template's TOML text into a ``DashboardTemplate``; keys left out keep the built-in defaults.
package enum TemplateLoader {
    /// Parses `text`; `source` names the file in errors.
    package static func parse(_ text: String, source: String) throws(TemplateError) -> DashboardTemplate {
        do {
            var root = try TOMLReader(parsing: text)
            return try read(&root)
        } catch {
            throw TemplateError(error, source: source)
        }
    }

    /// Reads the template's tables; the first problem ends the reading.
    private static func read(_ root: inout TOMLReader) throws(TOMLProblem) -> DashboardTemplate {
        var template = DashboardTemplate.standard
        if var page = try root.table("page") {
            if let size = try page.string("size") {
                guard let paper = DashboardTemplate.PaperSize(rawValue: size) else {
                    throw page.invalid("size", "expected \"A4\" or \"Letter\"")
                }
                template.paper = paper
            }
            if let orientation = try page.string("orientation") {
                guard orientation == "portrait" || orientation == "landscape" else {
                    throw page.invalid("orientation", "expected \"portrait\" or \"landscape\"")
                }
                template.landscape = orientation == "landscape"
            }
            template.margin = try page.number("margin", in: 10...90) ?? template.margin
            try page.rejectUnreadKeys()
        }
        if var fonts = try root.table("fonts") {
            template.fontFamily = try fonts.string("family") ?? template.fontFamily
            template.fontSize = try fonts.number("size", in: 6...14) ?? template.fontSize
            try fonts.rejectUnreadKeys()
        }
        if var colors = try root.table("colors") {
            template.colors = try palette(&colors, defaults: template.colors)
            try colors.rejectUnreadKeys()
        }
        if var sections = try root.table("sections") {
            if let names = try sections.strings("order") {
                template.sections = try names.map { [sections] (name) throws(TOMLProblem) in
                    guard let section = DashboardTemplate.Section(rawValue: name) else {
                        let known = DashboardTemplate.Section.allCases.map(\.rawValue).joined(separator: ", ")
                        throw sections.invalid("order", "unknown section \"\(name)\" (known: \(known))")
                    }
                    return section
                }
            }
            try sections.rejectUnreadKeys()
        }
        if var limits = try root.table("limits") {
            template.staleMinutes = try limits.integer("stale_minutes", in: 1...1440) ?? template.staleMinutes
            template.pieSlices = try limits.integer("pie_slices", in: 1...12) ?? template.pieSlices
            template.pieMinimumPercent =
                try limits.number("pie_minimum_percent", in: 0...20) ?? template.pieMinimumPercent
            template.profitBars = try limits.integer("profit_bars", in: 1...30) ?? template.profitBars
            template.dailyDays = try limits.integer("daily_days", in: 2...30) ?? template.dailyDays
            template.candles = try limits.bool("candles") ?? template.candles
            try limits.rejectUnreadKeys()
        }
        try root.rejectUnreadKeys()
        return template
    }

    private static func palette(
        _ reader: inout TOMLReader, defaults: DashboardTemplate.Palette
    ) throws(TOMLProblem) -> DashboardTemplate.Palette {
        func color(_ key: String, _ fallback: Color) throws(TOMLProblem) -> Color {
            guard let text = try reader.string(key) else { return fallback }
            guard let color = Color(hex: text) else {
                throw reader.invalid(key, "expected a colour like \"#D32F2F\", got \"\(text)\"")
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
            palette.series = try series.map { [reader] (text) throws(TOMLProblem) in
                guard let color = Color(hex: text) else {
                    throw reader.invalid("series", "expected colours like \"#3F51B5\", got \"\(text)\"")
                }
                return color
            }
            guard !palette.series.isEmpty else {
                throw reader.invalid("series", "needs at least one colour")
            }
        }
        return palette
    }
}
