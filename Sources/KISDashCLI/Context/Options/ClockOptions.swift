import ArgumentParser
import Foundation

/// What "now" is.
///
/// Unset (the normal case, and always with real KIS): the machine's clock.
/// Set: a moment to replay, e.g. the simulator's `--now`, which then advances with the wall clock.
struct ClockOptions: ParsableArguments {
    @Option(
        name: .customLong("now"),
        help: ArgumentHelp(
            "Treat this instant as now (ISO 8601 with offset, e.g. 2025-12-04T10:30:00+09:00); for replaying a "
                + "simulator moment. Default: $KISDASH_NOW, else the system clock.", valueName: "instant"))
    var now: String?

    /// A clock that starts at the chosen instant and runs at wall-clock speed.
    /// - Throws: ``CLIError/configuration(_:)`` for an unreadable instant.
    func clock(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> @Sendable () -> Date {
        try Self.clock(now: now, environment: environment)
    }

    /// The clock for `--now` (when given) or `KISDASH_NOW`, else the system clock; for commands without the flag.
    static func clock(now: String? = nil, environment: [String: String]) throws -> @Sendable () -> Date {
        guard let text = now ?? environment["KISDASH_NOW"], !text.isEmpty else { return { Date() } }
        // Foundation's Swift ISO 8601 parser: the CoreFoundation `ISO8601DateFormatter` built ICU tables for it,
        // 2 ms of every replayed command's start.
        guard let start = try? Date(text, strategy: .iso8601) else {
            throw CLIError.configuration("--now / KISDASH_NOW must look like 2025-12-04T10:30:00+09:00")
        }
        let offset = start.timeIntervalSince(Date())
        return { Date().addingTimeInterval(offset) }
    }
}
