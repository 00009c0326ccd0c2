import Foundation
import Pipeline
import PortfolioModel
import Storage

/// Ten archived trading days with gains, losses, a flat day and realized P&L: the archive index's test fixture and
/// the page behind `docs/archive-index-*.png`.
enum ArchiveIndexSample {
    /// 2025-12-04 15:40:00 KST.
    static let generatedAt = Date(timeIntervalSince1970: 1_764_830_400)

    /// Newest first; each total is the one before it plus the day's P&L.
    static let rows: [ArchiveIndexRow] = [
        ("2025-12-04", 21_322_800, 467_800, 0),
        ("2025-12-03", 20_855_000, -97_650, 152_000),
        ("2025-12-02", 20_952_650, 0, 0),
        ("2025-12-01", 20_952_650, 233_000, 0),
        ("2025-11-28", 20_719_650, -1_204_500, -84_300),
        ("2025-11-27", 21_924_150, -58_900, 0),
        ("2025-11-26", 21_983_050, 612_300, 0),
        ("2025-11-25", 21_370_750, 41_750, 38_250),
        ("2025-11-24", 21_329_000, -385_200, 0),
        ("2025-11-21", 21_714_200, 120_400, 0),
    ].compactMap { (text: String, total: Int64, change: Int64, realized: Int64) -> ArchiveIndexRow? in
        guard let day = TradeDate(text) else { return nil }
        return ArchiveIndexRow(
            day: day, pdfPath: "/home/kis/reports/archive/" + ArchiveLink.relativePath(for: day),
            totalEvaluation: KRW(total), dayProfitLoss: KRW(change), realizedProfitLoss: KRW(realized))
    }
}
