/// Counters per side, for tests and benchmarks (`GET /__sim/stats`).
package struct SimulatorStats: Codable, Sendable, Equatable {
    package var real = SideStats()
    package var paper = SideStats()

    /// Creates empty counters.
    package init() {}

    /// The counters of one side.
    package subscript(side: SimulatorSide) -> SideStats {
        get { side == .real ? real : paper }
        set {
            if side == .real { real = newValue } else { paper = newValue }
        }
    }
}

/// Counters of one side's listener.
package struct SideStats: Codable, Sendable, Equatable {
    /// Calls by route: the last path component (`inquire-balance`, `tokenP`, `hashkey`).
    package var calls: [String: Int] = [:]
    /// Calls by request `tr_id` header.
    package var trCalls: [String: Int] = [:]
    /// Tokens minted (a repeated tokenP answered with the same token does not count).
    package var tokensIssued = 0
    /// Refused calls by `msg_cd` / `error_code` (EGW00201, EGW00133, …).
    package var rejected: [String: Int] = [:]
    /// Injected faults by kind.
    package var faults: [String: Int] = [:]
    /// Continuation requests whose cursors were not sent back at their full padded width.
    package var nonVerbatimCursors = 0

    /// Creates empty counters.
    package init() {}

    /// All calls on this side (control calls under `/__sim/` excluded).
    package var totalCalls: Int { calls.values.reduce(0, +) }
}
