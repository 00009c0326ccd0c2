package import Foundation
package import PortfolioModel
package import Storage

/// What `kisdash status` shows: the last cycles and syncs, the data's age, and the next scheduled runs.
///
/// Pure: built from records, printed as text or JSON.
package struct StatusReport: Sendable, Codable, Equatable {
    /// One cycle or sync, flattened for text and JSON.
    package struct Entry: Sendable, Codable, Equatable {
        package var what: String
        package var startedAt: String
        package var seconds: Double?
        package var outcome: String
        package var failed: [String]
        package var message: String?
    }

    package var account: String
    package var mode: String
    package var now: String
    package var market: String
    /// Where trading days come from (KIS's calendar, or weekends and the override file in paper mode).
    package var calendar: String
    package var dataAsOf: String?
    package var dataAgeMinutes: Int?
    package var isStale: Bool
    package var nextRuns: [String: String]
    package var cycles: [Entry]
    package var syncs: [Entry]

    /// Builds the report.
    package init(
        account: AccountNumber, mode: TradingMode, now: Date, clock: MarketClock, schedule: CronSchedule,
        dataTime: Date?, staleMinutes: Int, cycles: [PipelineRunRecord], syncs: [SyncRunRecord],
        probe: ProcessProbe = .live
    ) {
        self.account = account.masked
        self.mode = mode.rawValue
        self.now = KST.format(now)
        calendar =
            mode == .paper
            ? "weekends + override file (paper KIS has no chk-holiday)"
            : "KIS chk-holiday (\(clock.calendar.count) days cached) + weekends + override file"
        switch clock.status(at: now) {
        case .open(let session): market = "open (\(session.name))"
        case .closed(let reason): market = "closed: \(reason)"
        }
        dataAsOf = dataTime.map(KST.format)
        (dataAgeMinutes, isStale) = Self.age(of: dataTime, now: now, clock: clock, staleMinutes: staleMinutes)
        var next: [String: String] = [:]
        for (command, at) in Self.nextRuns(schedule, clock: clock, after: now) {
            next[command] = at.map(KST.format) ?? "none in two weeks"
        }
        nextRuns = next
        self.cycles = cycles.map { r in
            Entry(
                what: (r.kind == .archive ? "archive" : "run \(r.kind.rawValue)") + (r.forced ? " --force" : ""),
                startedAt: KST.format(r.startedAt),
                seconds: r.endedAt.map { $0.timeIntervalSince(r.startedAt) },
                outcome: r.outcome == .running ? Self.running(r.owner, probe: probe) : r.outcome.rawValue,
                failed: r.stages.filter { $0.outcome == "failure" }.map(\.name), message: r.message)
        }
        self.syncs = syncs.map { r in
            Entry(
                what: "sync \(r.kind.rawValue)", startedAt: KST.format(r.startedAt),
                seconds: r.endedAt.map { $0.timeIntervalSince(r.startedAt) },
                outcome: r.outcome == .running ? Self.running(r.owner, probe: probe) : r.outcome.rawValue,
                failed: r.outcome == .failure ? [r.errorClass ?? "error"] : [], message: r.message)
        }
    }

    /// The data's age in minutes and whether it is stale (a session is open and the data older than
    /// `staleMinutes`, or there is none); for the text and the JSON alike.
    package static func age(of dataTime: Date?, now: Date, clock: MarketClock, staleMinutes: Int) -> (
        minutes: Int?, isStale: Bool
    ) {
        let age = dataTime.map { Int(now.timeIntervalSince($0) / 60) }
        return (age, clock.status(at: now).isOpen && (age.map { $0 > staleMinutes } ?? true))
    }

    /// Each scheduled command (`kisdash run --light`) and its next run after `now`, if any within two weeks.
    package static func nextRuns(_ schedule: CronSchedule, clock: MarketClock, after now: Date) -> [(String, Date?)] {
        schedule.jobs.map { job in
            (
                "kisdash " + job.arguments.joined(separator: " "),
                schedule.nextRun(of: job, after: now, isTradingDay: clock.isTradingDay)
            )
        }
    }

    /// What a row still marked `running` really is, by its process (``RunOwner/liveness(probe:)``); read-only.
    static func running(_ owner: RunOwner?, probe: ProcessProbe) -> String {
        guard let owner else { return "running or killed (no process recorded)" }
        switch owner.liveness(probe: probe) {
        case .alive: return "running (\(owner.label))"
        case .gone: return "abandoned (\(owner.label) is gone)"
        case .unknown: return "running on \(owner.host)? (pid \(owner.pid) cannot be checked from here)"
        }
    }

    /// The human-readable form.
    package var text: String {
        var lines = [
            "\(mode) account \(account) — now \(now) KST, market \(market)",
            "trading days: \(calendar)",
            "data as of: \(dataAsOf.map { "\($0) KST (\(dataAgeMinutes ?? 0) min ago)" } ?? "no data yet")"
                + (isStale ? " — STALE" : ""),
            "next runs:",
        ]
        lines += nextRuns.sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value) KST" }
        lines.append("last cycles:")
        lines += cycles.isEmpty ? ["  none yet"] : cycles.map(Self.line)
        lines.append("last syncs:")
        lines += syncs.isEmpty ? ["  none yet"] : syncs.map(Self.line)
        return lines.joined(separator: "\n")
    }

    private static func line(_ e: Entry) -> String {
        "  \(e.startedAt)  \(e.what.padding(toLength: 18, withPad: " ", startingAt: 0)) \(e.outcome)"
            + (e.seconds.map { String(format: " in %.2f s", $0) } ?? "")
            + (e.failed.isEmpty ? "" : " (failed: \(e.failed.joined(separator: ", ")))")
            + (e.message.map { " — \($0)" } ?? "")
    }
}
