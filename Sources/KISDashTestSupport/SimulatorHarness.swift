package import KISSimulator

/// Test defaults for the KIS simulator: a frozen clock on a trading morning, generous rate limits
/// and no token-issue interval, so tests are fast unless they ask for KIS's real limits.
package enum SimulatorTestDefaults {
    /// Thursday 2025-12-04 10:30 KST, the default scenario's moment.
    package static let now = "2025-12-04T10:30:00+09:00"
    /// Calls per second allowed per app key in tests (KIS: 18 real, 1 paper).
    package static let rate = 1_000
}

/// Runs `body` against a simulator listening on loopback (ephemeral ports), then shuts it down.
///
/// - Parameters:
///   - scenario: Accounts and market; the built-in default scenario when nil.
///   - now: Simulated start (ISO 8601); frozen unless `speed` is set.
///   - speed: Simulated seconds per wall second (0 = frozen).
///   - realRate: Real-side calls per second per app key.
///   - paperRate: Paper-side calls per second per app key.
///   - tokenIssueInterval: Wall seconds required between tokenP calls (KIS: 60).
///   - faults: Faults to inject.
///   - clock: The simulator's wall clock (rate-limit windows, token intervals, the speed of its clock, its
///     timers); a ``ManualClock`` makes them exact.
///   - body: The test, given base URLs, credentials and the control handle.
/// - Returns: What `body` returns.
/// - Throws: What starting the simulator or `body` throws.
package func withSimulator<T>(
    scenario: Scenario? = nil,
    now: String = SimulatorTestDefaults.now,
    speed: Double = 0,
    realRate: Int = SimulatorTestDefaults.rate,
    paperRate: Int = SimulatorTestDefaults.rate,
    tokenIssueInterval: Double = 0,
    faults: FaultPlan = .none,
    clock: any Clock<Duration> = ContinuousClock(),
    _ body: (RunningSimulator) async throws -> T
) async throws -> T {
    let configuration = SimulatorConfiguration(
        scenario: try scenario ?? Scenario.builtIn(), start: KSTTime(parsing: now), speed: speed,
        limits: SimulatorLimits(realRate: realRate, paperRate: paperRate, tokenIssueInterval: tokenIssueInterval),
        faults: faults, clock: clock)
    return try await withRunningSimulator(configuration, body)
}
