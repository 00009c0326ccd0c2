import Foundation
package import PortfolioModel

/// The local override file for ad-hoc closures (and the rare extra opening) that KIS's calendar may not know yet.
///
/// One entry per line: `2026-06-03 election day` closes that day; `open 2026-06-04` forces a day open.
/// Blank lines and `#` comments are ignored.
package struct CalendarOverrides: Sendable, Equatable {
    /// Days forced closed, with their reason.
    package var closed: [TradeDate: String] = [:]
    /// Days forced open.
    package var opened: Set<TradeDate> = []

    /// No overrides.
    package init() {}

    /// Parses the file's text.
    /// - Throws: ``PipelineError`` `.configuration` naming the file and line.
    package init(parsing text: String, path: String) throws {
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line =
                raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map {
                    $0.trimmingCharacters(in: .whitespaces)
                } ?? ""
            if line.isEmpty { continue }
            var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            let isOpen = words.first?.lowercased() == "open"
            if isOpen { words.removeFirst() }
            guard let first = words.first, let day = TradeDate(first), first.count == 10 else {
                throw PipelineError(
                    .configuration, "\(path) line \(index + 1): expected YYYY-MM-DD [reason] or open YYYY-MM-DD")
            }
            if isOpen {
                opened.insert(day)
            } else {
                closed[day] =
                    words.dropFirst().joined(separator: " ").isEmpty
                    ? "closed by \(path)" : words.dropFirst().joined(separator: " ")
            }
        }
    }
}
