import Foundation
import KISDashTestSupport
import Pipeline
import PortfolioModel
import Settings
import Storage
import Testing

/// `kisdash status` never calls a dead run "running" (issue 12 §2), and only reads.
@Suite struct StatusReportTests {
    static let probe = RunLivenessTests.probe
    static let moment = SampleDashboard.moment

    static func cycle(_ id: Int64, _ outcome: PipelineOutcome, owner: RunOwner?) throws -> PipelineRunRecord {
        PipelineRunRecord(
            id: id, startedAt: moment, endedAt: outcome == .running ? nil : moment, account: try account(),
            mode: .paper, kind: .full, forced: false, outcome: outcome, stages: [], message: nil, owner: owner)
    }

    static func account() throws -> AccountNumber { try #require(AccountNumber("50123456-01")) }

    @Test func runningRowsAreNamedByWhatTheirProcessIs() throws {
        let cycles = [
            try Self.cycle(1, .running, owner: RunOwner(pid: 101, host: "box", bootID: "b1", processStart: 9)),
            try Self.cycle(2, .running, owner: RunOwner(pid: 100, host: "box", bootID: "b1", processStart: 500)),
            try Self.cycle(3, .running, owner: RunOwner(pid: 7, host: "far", bootID: nil, processStart: nil)),
            try Self.cycle(4, .running, owner: nil),
            try Self.cycle(5, .interrupted, owner: nil),
        ]
        let sync = SyncRunRecord(
            id: 1, startedAt: Self.moment, endedAt: nil, mode: .paper, kind: .light, account: try Self.account(),
            apiCalls: 0, rows: [:], outcome: .running, errorClass: nil, message: nil,
            owner: RunOwner(pid: 55, host: "box", bootID: "b0", processStart: 1))
        let report = StatusReport(
            account: try Self.account(), mode: .paper, now: Self.moment,
            clock: MarketClock(sessions: MarketClock.sessions(ScheduleSection()), calendar: []),
            schedule: CronSchedule(nxt: false), dataTime: Self.moment, staleMinutes: 30, cycles: cycles,
            syncs: [sync], probe: Self.probe)
        #expect(
            report.cycles.map(\.outcome) == [
                "abandoned (pid 101 on box is gone)", "running (pid 100 on box)",
                "running on far? (pid 7 cannot be checked from here)", "running or killed (no process recorded)",
                "interrupted",
            ])
        #expect(report.syncs.map(\.outcome) == ["abandoned (pid 55 on box is gone)"])
        #expect(report.text.contains("abandoned (pid 101 on box is gone)"))
    }
}
