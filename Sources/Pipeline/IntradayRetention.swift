package import Foundation
package import PortfolioModel

/// Which intraday copies to prune: day folders (`YYYY-MM-DD`) older than the retention.
///
/// Pure. Only folders named exactly like a date are candidates, so the end-of-day archive (`YYYY/MM/`) and anything
/// else a user put there are never touched.
package enum IntradayRetention {
    /// The folder names among `names` that are more than `days` days before `today`.
    package static func expired(_ names: [String], today: TradeDate, days: Int) -> [String] {
        let cutoff = today.adding(days: -days)
        return names.filter { name in
            guard name.count == 10, let day = TradeDate(name) else { return false }
            return day < cutoff
        }.sorted()
    }

    /// Removes the expired day folders under `folder`.
    /// - Returns: The names removed.
    package static func prune(_ folder: URL, today: TradeDate, days: Int) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return expired(names, today: today, days: days).filter {
            (try? FileManager.default.removeItem(at: folder.appendingPathComponent($0))) != nil
        }
    }
}
