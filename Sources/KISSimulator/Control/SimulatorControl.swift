/// A handle for tests and tools to steer a simulator: clock, faults, tokens, limits, stats, accounts.
package struct SimulatorControl: Sendable {
    let state: SimulatorState

    /// The simulated moment now.
    package func now() async -> KSTTime { await state.now }

    /// Jumps the simulated clock to `time` (the speed is kept).
    package func setClock(_ time: KSTTime) async { await state.setClock(time) }

    /// Moves the simulated clock by `seconds`.
    package func advanceClock(bySeconds seconds: Double) async {
        let now = await state.now
        await state.setClock(now.adding(seconds: seconds))
    }

    /// Sets simulated seconds per wall second (0 freezes the clock).
    package func setSpeed(_ speed: Double) async { await state.setSpeed(speed) }

    /// Replaces the fault plan.
    package func setFaults(_ plan: FaultPlan) async { await state.setFaults(plan) }

    /// Removes all faults.
    package func clearFaults() async { await state.setFaults(.none) }

    /// How many replies the ``FaultKind/held`` fault holds now.
    package var heldReplies: Int { state.heldReplies.count }

    /// Lets every reply held by the ``FaultKind/held`` fault go out (calls that fire it later are held again).
    package func releaseHeldReplies() { state.heldReplies.releaseAll() }

    /// Revokes the tokens of `side` (both when nil); later calls with them get EGW00121.
    package func revokeTokens(side: SimulatorSide? = nil) async { await state.revokeTokens(side: side) }

    /// The current limits.
    package func limits() async -> SimulatorLimits { await state.limits }

    /// Replaces the limits.
    package func setLimits(_ limits: SimulatorLimits) async { await state.setLimits(limits) }

    /// Lets the next tokenP through even within the issue interval.
    package func allowImmediateTokenIssue() async { await state.forgetTokenIssueTimes() }

    /// The counters.
    package func stats() async -> SimulatorStats { await state.stats }

    /// Zeroes the counters.
    package func resetStats() async { await state.resetStats() }

    /// The account on `side` as it stands now (open orders are matched first).
    package func account(_ side: SimulatorSide) async -> AccountSnapshot? { await state.snapshot(side) }

    /// Puts accounts, tokens, clock, faults and stats back to the configured start.
    package func reset() async throws { try await state.reset() }
}
