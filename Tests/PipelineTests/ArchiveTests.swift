import Foundation
import KISDashTestSupport
import LibPQ
import Pipeline
import PortfolioModel
import Storage
import Testing

@Suite(.requiresDatabase) struct ArchiveTests {
    private func archiver(_ h: PipelineHarness, publishers: [any Publisher] = []) -> Archiver {
        Archiver(
            store: ArchiveStore(database: h.db), account: h.account, mode: h.mode, dashboard: h.output,
            folder: h.dir.appendingPathComponent("archive"), render: h.renderer, publishers: publishers,
            intradayRetentionDays: 7, now: { PipelineHarness.moment })
    }

    @Test func archivingADayTwiceLeavesOneEntry() async throws {
        try await withPipeline { h in
            #expect(try await h.runner().run(kind: .full, force: false).outcome == .success)
            let drive = h.dir.appendingPathComponent("drive")
            try FileManager.default.createDirectory(at: drive, withIntermediateDirectories: true)
            let a = archiver(h, publishers: [DestinationPublisher(destination: drive.path)])
            let day = TradeDate(PipelineHarness.moment)
            let first = try await a.archive(day: day)
            let second = try await a.archive(day: day)
            #expect(first.publishFailures.isEmpty && second.publishFailures.isEmpty)
            let pdf = a.archivePath(for: day)
            #expect(pdf.path.hasSuffix("archive/2025/12/Kis_Dashboard_2025-12-04.pdf"))
            #expect(try DashboardFile.checkPDF(pdf) > 0)
            let counts = try await h.db.withConnection { conn in
                try conn.query(
                    """
                    SELECT (SELECT count(*) FROM archive_entry), (SELECT count(*) FROM kis_daily_summary),
                           (SELECT count(*) FROM kis_deposit_log)
                    """, as: (Int, Int, Int).self)
            }
            #expect(counts.first?.0 == 1 && counts.first?.1 == 1 && counts.first?.2 == 1)
            let index = try String(contentsOf: a.indexPath, encoding: .utf8)
            #expect(index.components(separatedBy: "<tr><td>").count == 2)
            #expect(index.contains("href=\"2025/12/Kis_Dashboard_2025-12-04.pdf\""))
            #expect(
                FileManager.default.fileExists(
                    atPath: drive.appendingPathComponent("archive/2025/12/Kis_Dashboard_2025-12-04.pdf").path))
            #expect(FileManager.default.fileExists(atPath: drive.appendingPathComponent("archive/index.html").path))
        }
    }

    @Test func theSummaryComesFromTheClosingSnapshotAndTheDaysExecutions() async throws {
        try await withPipeline { h in
            _ = try await h.runner().run(kind: .full, force: false)
            let day = TradeDate(PipelineHarness.moment)
            let facts = try #require(
                try await ArchiveStore(database: h.db).facts(account: h.account, mode: h.mode, day: day))
            let summary = DailySummaryCalculator.summarize(facts, account: h.account, mode: h.mode, day: day)
            #expect(summary.totalEvaluation == facts.closing.summary.totalEvaluation)
            #expect(summary.dayProfitLoss == facts.closing.summary.assetChange)
            let buys = facts.executions.filter { $0.order.side == .buy }.reduce(KRW.zero) { $0 + $1.order.filledAmount }
            #expect(summary.buyAmount == buys)
            #expect(summary.fees == facts.executions.reduce(KRW.zero) { $0 + $1.commission })
        }
    }

    @Test func aDayWithoutDataIsAClearError() async throws {
        try await withPipeline { h in
            let error = await #expect(throws: PipelineError.self) {
                try await archiver(h).archive(day: TradeDate(PipelineHarness.moment))
            }
            #expect(error?.message.contains("run `kisdash sync` first") == true)
        }
    }
}
