import PortfolioModel

/// The dashboard's layout as data: section order, page, fonts, colours, thresholds and top-N sizes.
///
/// Loaded from `templates/NAME.toml` by ``TemplateLoader``; ``standard`` is the built-in default, identical to the
/// committed `templates/dashboard.toml`.
package struct DashboardTemplate: Sendable, Hashable {
    /// A section of the dashboard, in the order the template lists them.
    package enum Section: String, Sendable, Hashable, CaseIterable {
        case summary, composition, holdings, charts, executions, unfilled, diagnosis
    }

    /// Paper sizes, in points (portrait).
    package enum PaperSize: String, Sendable, Hashable, CaseIterable {
        case a4 = "A4"
        case letter = "Letter"

        /// Width and height in points, portrait.
        package var points: (width: Double, height: Double) {
            switch self {
            case .a4: (595.275590551, 841.88976378)
            case .letter: (612, 792)
            }
        }
    }

    package var sections: [Section]
    package var paper: PaperSize
    package var landscape: Bool
    /// Page margin in points.
    package var margin: Double
    package var fontFamily: String
    /// Body text size in points; headings scale from it.
    package var fontSize: Double
    package var colors: Palette
    /// Data older than this while a session is open gets the STALE banner.
    package var staleMinutes: Int
    /// Holdings shown as their own pie slice; the rest fold into 기타.
    package var pieSlices: Int
    /// Slices under this share of the pie fold into 기타 too (percent).
    package var pieMinimumPercent: Double
    /// With more holdings than twice this, the profit/loss chart shows only the N largest gains and N largest losses.
    package var profitBars: Int
    /// Trading days in the daily chart.
    package var dailyDays: Int
    /// Draw daily bars as candles (else a close line).
    package var candles: Bool

    /// Colours, each named by its role.
    ///
    /// Korean convention: red for up, blue for down.
    package struct Palette: Sendable, Hashable {
        package var up: Color
        package var down: Color
        package var text: Color
        package var muted: Color
        package var grid: Color
        package var accent: Color
        package var headerFill: Color
        package var stale: Color
        /// The failed-sync banner.
        package var failure: Color
        /// Pie slice colours, used in order.
        package var series: [Color]
    }

    /// The page size in points, in the template's orientation.
    package var pageSize: (width: Double, height: Double) {
        let (w, h) = paper.points
        return landscape ? (h, w) : (w, h)
    }

    /// The colour for a signed amount: up for gains, down for losses, plain text for zero.
    package func color(forSign value: Int64) -> Color {
        value > 0 ? colors.up : value < 0 ? colors.down : colors.text
    }
}

extension DashboardTemplate {
    /// The built-in template: A4 portrait, NanumGothic (TrueType: small subsets), Korean colours, 15-minute staleness.
    package static let standard = DashboardTemplate(
        sections: Section.allCases, paper: .a4, landscape: false, margin: 30, fontFamily: "NanumGothic",
        fontSize: 8, colors: .standard, staleMinutes: 15, pieSlices: 8, pieMinimumPercent: 1.5, profitBars: 10,
        dailyDays: PriceHistory.windowTradingDays, candles: true)
}

extension DashboardTemplate.Palette {
    /// Red up, blue down, grey structure.
    package static let standard = DashboardTemplate.Palette(
        up: hex("#D32F2F"), down: hex("#1565C0"), text: hex("#212121"), muted: hex("#6B7280"), grid: hex("#E5E7EB"),
        accent: hex("#263238"), headerFill: hex("#F1F3F5"), stale: hex("#E65100"), failure: hex("#B71C1C"),
        series: [
            "#26A69A", "#FFA726", "#7E57C2", "#8D6E63", "#5C6BC0", "#9CCC65", "#EC407A", "#26C6DA", "#D4E157",
            "#78909C",
        ].map(hex))

    private static func hex(_ text: String) -> Color { Color(hex: text) ?? .black }
}
