import Foundation
import KISDashTestSupport
import KISSimulator
import LibPQ
import Pipeline
import PortfolioModel
import Settings
import Storage
import Sync
import Synchronization
import Testing

@testable import KISDashCLI

/// A simulated trading day: the simulator's clock stepped from 08:30 to 16:30 KST, running the crontab's jobs in
/// order with the real renderer, then a weekend day and a holiday on which nothing may happen.
@Suite(.requiresDatabase) struct TradingDayTests {
    static let day = TradeDate(year: 2025, month: 12, day: 4)!
    static let christmas = TradeDate(year: 2025, month: 12, day: 25)!

    @Test func theCrontabsJobsRunInOrderThroughADay() async throws {
        let clock = Mutex(Self.day.at(PortfolioModel.KSTTime(hour: 8, minute: 30)!))
        let now: @Sendable () -> Date = { clock.withLock { $0 } }
        try await withPipeline(start: "2025-12-04T08:30:00+09:00", now: now) { h in
            var settings = RenderSection()
            settings.template = Folders.packageRoot.appendingPathComponent("templates/dashboard.toml").path
            let renderer = try PipelineRenderStage(settings: settings, database: h.db, account: h.account, mode: h.mode)
            let holiday = MarketDay(
                date: Self.christmas, isBusinessDay: false, isTradingDay: false, isOpen: false, isSettlementDay: false)
            let marketClock = MarketClock(sessions: MarketClock.sessions(ScheduleSection()), calendar: [holiday])
            let schedule = CronSchedule(nxt: false)
            let archiver = Archiver(
                store: ArchiveStore(database: h.db), account: h.account, mode: h.mode, dashboard: h.output,
                folder: h.dir.appendingPathComponent("archive"), render: renderer, publishers: [],
                intradayRetentionDays: 7, now: now)
            var done: [String] = []
            var previousPDF: Data?
            var minute = now().addingTimeInterval(-60)
            let end = Self.day.at(PortfolioModel.KSTTime(hour: 16, minute: 30)!)
            var lightRuns = 0
            while let next = schedule.jobs.compactMap({
                schedule.nextRun(of: $0, after: minute, isTradingDay: marketClock.isTradingDay)
            }).min(), next <= end {
                minute = next
                clock.withLock { $0 = next }
                await sim(h).setClock(try #require(KISSimulator.KSTTime(parsing: Self.iso(next))))
                for job in schedule.jobs
                where schedule.nextRun(
                    of: job, after: next.addingTimeInterval(-60), isTradingDay: marketClock.isTradingDay) == next
                {
                    let label =
                        "\(String(KST.timeOfDay(next).colonSeparated.prefix(5))) \(job.arguments.joined(separator: " "))"
                    switch job.arguments {
                    case ["sync"]:
                        _ = try await h.engine(now: now).run()
                    case ["run"], ["run", "--light"]:
                        let light = job.arguments.count == 2
                        // The 1-minute job runs 360 times a day; every 15th is enough to exercise it here.
                        if light {
                            lightRuns += 1
                            if lightRuns % 15 != 1 { continue }
                        }
                        let report = try await h.runner(now: now, calendar: [holiday], render: renderer)
                            .run(kind: light ? .light : .full, force: false)
                        #expect(report.outcome == .success, "\(label): \(report.summaryLine)")
                        let pdf = try Data(contentsOf: h.output.url)
                        #expect(pdf != previousPDF, "\(label): the dashboard was refreshed")
                        previousPDF = pdf
                    case ["archive"]:
                        _ = try await archiver.archive(day: Self.day)
                    default:
                        Issue.record("unknown job \(job.arguments)")
                    }
                    done.append(label)
                }
            }
            #expect(done.first == "08:30 sync")
            #expect(done.filter { $0.hasSuffix(" run") }.count == 41)
            #expect(done.filter { $0.hasSuffix(" sync") }.count == 16)
            #expect(done.last == "16:10 archive")
            let archived = try await ArchiveStore(database: h.db).index(account: h.account, mode: h.mode)
            #expect(archived.map(\.day) == [Self.day])
            #expect(try DashboardFile.checkPDF(archiver.archivePath(for: Self.day)) > 10_000)

            // A Saturday and a holiday: no job fires, and a cycle started anyway does nothing.
            let runsBefore = try await PipelineRunStore(database: h.db).recent(
                account: h.account, mode: h.mode, limit: 500)
            for closed in [Self.day.adding(days: 2), Self.christmas] {
                let morning = closed.at(PortfolioModel.KSTTime(hour: 8, minute: 0)!)
                for job in schedule.jobs {
                    let next = try #require(
                        schedule.nextRun(of: job, after: morning, isTradingDay: marketClock.isTradingDay))
                    #expect(TradeDate(next) != closed, "\(job.arguments) must not fire on \(closed)")
                }
                clock.withLock { $0 = closed.at(PortfolioModel.KSTTime(hour: 10, minute: 0)!) }
                let report = try await h.runner(now: now, calendar: [holiday], render: renderer).run(
                    kind: .full, force: false)
                #expect(report.outcome == .nothing && report.stages.isEmpty)
                #expect(marketClock.closure(on: closed) != nil, "`kisdash archive` skips \(closed)")
            }
            let runsAfter = try await PipelineRunStore(database: h.db).recent(
                account: h.account, mode: h.mode, limit: 500)
            #expect(runsAfter.count == runsBefore.count)
        }
    }

    private func sim(_ h: PipelineHarness) -> SimulatorControl { h.sim.control }

    static func iso(_ date: Date) -> String {
        "\(TradeDate(date).iso)T\(KST.timeOfDay(date).colonSeparated)+09:00"
    }
}
