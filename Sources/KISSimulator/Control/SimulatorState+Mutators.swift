extension SimulatorState {
    /// Jumps the simulated clock.
    func setClock(_ time: KSTTime) {
        clock.set(time, at: wall.now)
        publishRealTime()
    }

    /// Changes the simulated clock's speed.
    func setSpeed(_ speed: Double) {
        clock.setSpeed(speed, at: wall.now)
        publishRealTime()
    }

    /// Replaces the fault plan (counters restart).
    func setFaults(_ plan: FaultPlan) { faults = FaultInjector(plan: plan) }

    /// Revokes every token of a side, or of both.
    func revokeTokens(side: SimulatorSide?) { tokens.revokeAll(side: side) }

    /// Replaces the limits.
    func setLimits(_ newLimits: SimulatorLimits) { limits = newLimits }

    /// Zeroes the counters.
    func resetStats() { stats = SimulatorStats() }

    /// Lets the next tokenP through regardless of the issue interval.
    func forgetTokenIssueTimes() { tokens.forgetIssueTimes() }

    /// The simulated clock's speed.
    var speed: Double { clock.speed }
}
