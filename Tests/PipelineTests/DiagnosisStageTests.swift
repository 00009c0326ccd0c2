import Dashboard
import Diagnosis
import Foundation
import KISDashTestSupport
import LibPQ
import Pipeline
import PortfolioModel
import Settings
import Storage
import Testing

@testable import KISDashCLI

@Suite(.requiresDatabase) struct DiagnosisStageTests {
    @Test func theDiagnosisSectionMapsToTheDiagnosisSettingsAndTheEnvironmentWins() throws {
        var section = DiagnosisSection()
        #expect(try PipelineDiagnosisStage.settings(section, environment: [:]) == nil, "no provider: stage off")
        section.provider = "gemini"
        section.model = "gemini-2.0-flash"
        section.baseURL = "http://127.0.0.1:9"
        section.minIntervalMinutes = 15
        let settings = try #require(try PipelineDiagnosisStage.settings(section, environment: [:]))
        #expect(settings.provider == .gemini && settings.model == "gemini-2.0-flash")
        #expect(settings.minimumInterval == .seconds(900))
        let offline = try #require(
            try PipelineDiagnosisStage.settings(section, environment: ["KISDASH_AI_PROVIDER": "offline"]))
        #expect(offline.provider == .offline)
        section.baseURL = nil
        #expect(throws: CLIError.self) { try PipelineDiagnosisStage.settings(section, environment: [:]) }
    }

    struct FailingDiagnosis: DiagnosisStage {
        struct Down: Error, CustomStringConvertible {
            var description: String { "model provider unreachable" }
        }
        func diagnose(at now: Date) async throws -> String { throw Down() }
    }

    @Test func aFailedDiagnosisMakesTheCyclePartialAndTheDashboardIsStillPublished() async throws {
        try await withPipeline { h in
            var runner = try h.runner()
            runner.stages.diagnosis = FailingDiagnosis()
            let report = try await runner.run(kind: .full, force: false)
            #expect(report.outcome == .partial && report.published == h.output.url)
            #expect(report.message == "diagnosis failed; the dashboard shows the previous one")
            #expect(report.stages.first { $0.name == "diagnosis" }?.detail == "model provider unreachable")
        }
    }

    @Test func aCycleWithTheOfflineDiagnosisStoresItBeforeRendering() async throws {
        try await withPipeline { h in
            var section = DiagnosisSection()
            section.provider = "offline"
            let settings = try #require(try PipelineDiagnosisStage.settings(section, environment: [:]))
            let service = AppEnvironment.diagnosisService(
                settings, database: h.db, verbose: false, now: { PipelineHarness.moment }, environment: [:])
            var runner = try h.runner()
            runner.stages.diagnosis = PipelineDiagnosisStage(service: service, account: h.account, mode: h.mode)
            let report = try await runner.run(kind: .full, force: false)
            #expect(report.outcome == .success, "\(report.summaryLine)")
            #expect(report.stages.map(\.name) == ["sync", "diagnosis", "render"])
            #expect(report.stages[1].detail?.hasPrefix("diagnose ok: offline") == true)
            let stored = try await DiagnosisStore(database: h.db).latest(account: h.account, mode: h.mode)
            #expect(stored != nil)
            // The light cycle (every minute) does not re-diagnose.
            let light = try await runner.run(kind: .light, force: false)
            #expect(!light.stages.map(\.name).contains("diagnosis"))
        }
    }
}

@Suite struct RenderStageStatusTests {
    @Test func theHeaderSaysHolidayOnACalendarOrOverrideClosure() throws {
        let christmas = try #require(TradeDate(year: 2025, month: 12, day: 25))
        let holiday = MarketDay(
            date: christmas, isBusinessDay: false, isTradingDay: false, isOpen: false, isSettlementDay: false)
        var overrides = CalendarOverrides()
        let election = christmas.adding(days: 1)
        overrides.closed[election] = "임시 휴장"
        let clock = MarketClock(
            sessions: MarketClock.sessions(ScheduleSection()), calendar: [holiday], overrides: overrides)
        var settings = RenderSection()
        settings.template = Folders.packageRoot.appendingPathComponent("templates/dashboard.toml").path
        let account = try #require(AccountNumber("12345678-01"))
        let ten = PortfolioModel.KSTTime(secondOfDay: 36_000)
        func status(_ day: TradeDate, with clock: MarketClock?) throws -> String {
            let stage = try PipelineRenderStage(
                settings: settings, database: Database(url: "postgresql://unused"), account: account, mode: .paper,
                clock: clock)
            return stage.marketStatus(at: day.at(ten)).label
        }
        #expect(try status(christmas, with: clock) == "휴장일")
        #expect(try status(election, with: clock) == "휴장 (임시 휴장)")
        #expect(try status(christmas, with: nil) == "정규장", "without the pipeline's clock only hours are known")
    }
}
