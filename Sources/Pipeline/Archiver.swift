package import Foundation
package import PortfolioModel
package import Storage

/// `kisdash archive`: the day's final dashboard, its summary rows, the archive index, then publishing and pruning.
///
/// Idempotent: the PDF is replaced in place (temp + rename), and the rows are upserts keyed by day, so running it
/// twice for a day leaves one archive entry. End-of-day PDFs (`YYYY/MM/`) are never pruned; only intraday day
/// folders older than the retention are.
package struct Archiver: Sendable {
    package var store: ArchiveStore
    package var account: AccountNumber
    package var mode: TradingMode
    /// The live dashboard, the source of the archive copy.
    package var dashboard: DashboardFile
    /// `reports/archive`.
    package var folder: URL
    /// Re-renders the live dashboard first (the day's final data) when given and archiving today.
    package var render: (any RenderStage)?
    package var publishers: [any Publisher]
    package var intradayRetentionDays: Int
    package var now: @Sendable () -> Date
    package var progress: @Sendable (String) -> Void

    /// Creates an archiver.
    package init(
        store: ArchiveStore, account: AccountNumber, mode: TradingMode, dashboard: DashboardFile, folder: URL,
        render: (any RenderStage)?, publishers: [any Publisher], intradayRetentionDays: Int,
        now: @escaping @Sendable () -> Date = { Date() }, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.store = store
        self.account = account
        self.mode = mode
        self.dashboard = dashboard
        self.folder = folder
        self.render = render
        self.publishers = publishers
        self.intradayRetentionDays = intradayRetentionDays
        self.now = now
        self.progress = progress
    }

    /// Where the end-of-day copy of `day` goes.
    package func archivePath(for day: TradeDate) -> URL {
        folder.appendingPathComponent(ArchiveLink.relativePath(for: day))
    }

    /// The index page.
    package var indexPath: URL { folder.appendingPathComponent("index.html") }

    /// Archives `day`.
    /// - Returns: One line per step done.
    /// - Throws: ``PipelineError`` when there is no data or no dashboard for the day, or a local write fails;
    ///   ``StorageError`` when the database fails. Publishing failures are reported in the lines, not thrown.
    package func archive(day: TradeDate) async throws -> (lines: [String], publishFailures: [String]) {
        guard let facts = try await store.facts(account: account, mode: mode, day: day) else {
            throw PipelineError(.stage, "no snapshot of \(account) on or before \(day.iso); run `kisdash sync` first")
        }
        var lines: [String] = []
        let target = archivePath(for: day)
        try await refreshDashboard(for: day)
        if FileManager.default.fileExists(atPath: dashboard.url.path), liveDashboardBelongs(to: day) {
            try dashboard.copy(to: target)
            lines.append("pdf: \(target.path)")
        } else if FileManager.default.fileExists(atPath: target.path) {
            lines.append("pdf: kept \(target.path) (the live dashboard is from another day)")
        } else {
            throw PipelineError(
                .output, "no dashboard for \(day.iso): \(dashboard.url.path) is missing or from another day")
        }
        let summary = DailySummaryCalculator.summarize(facts, account: account, mode: mode, day: day)
        try await store.write(summary, pdfPath: target.path, at: now())
        lines.append(
            "summary: 총평가 \(summary.totalEvaluation), 당일손익 \(summary.dayProfitLoss), 실현손익 \(summary.realizedProfitLoss)"
        )
        let rows = try await store.index(account: account, mode: mode)
        let html = ArchiveIndexPage.html(
            rows: rows, archiveFolder: folder.path, account: account, mode: mode, generatedAt: now())
        try writeAtomically(html, to: indexPath)
        lines.append("index: \(rows.count) days in \(indexPath.path)")
        var failures: [String] = []
        for publisher in publishers {
            do {
                lines.append("publish " + (try await publisher.publish(folder, into: "archive")))
            } catch {
                failures.append(String(describing: error))
            }
        }
        let pruned = IntradayRetention.prune(
            folder.appendingPathComponent("intraday"), today: day, days: intradayRetentionDays)
        if !pruned.isEmpty { lines.append("pruned intraday copies: \(pruned.joined(separator: ", "))") }
        return (lines, failures)
    }

    private func refreshDashboard(for day: TradeDate) async throws {
        guard let render, day == TradeDate(now()) else { return }
        try dashboard.prepareFolder()
        let temporary = dashboard.temporaryURL()
        do {
            let line = try await render.render(to: temporary, at: now())
            try dashboard.install(temporary)
            progress("archive: rendered the final dashboard (\(line))")
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Whether the live dashboard was written on `day` (KST).
    private func liveDashboardBelongs(to day: TradeDate) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: dashboard.url.path),
            let modified = attributes[.modificationDate] as? Date
        else { return false }
        return TradeDate(modified) == day || day == TradeDate(now())
    }

    private func writeAtomically(_ text: String, to url: URL) throws {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.replace(url, with: Data(text.utf8))
        } catch {
            throw PipelineError(.output, "cannot write \(url.path): \(error)")
        }
    }
}
