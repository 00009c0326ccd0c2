/// KIS's limits as the simulator enforces them (SPEC §8.2), all configurable.
package struct SimulatorLimits: Codable, Sendable {
    /// Calls per second per app key on the real side (KIS: 18).
    package var realRate: Int
    /// Calls per second per app key on the paper side (KIS: 1).
    package var paperRate: Int
    /// Minimum wall-clock seconds between tokenP calls per app key (KIS: 60) → EGW00133.
    package var tokenIssueInterval: Double
    /// Token lifetime in simulated seconds (KIS: 86400) → EGW00123 after it.
    package var tokenLifetime: Double
    /// tokenP within this many simulated seconds of an issue returns the same token (KIS: 6 h).
    package var tokenReuseWindow: Double
    /// Wall seconds between the PINGPONG messages each WebSocket session gets (≤ 0: none).
    package var webSocketPingInterval: Double = 10
    /// Registrations per WebSocket session before `OPSP0008 MAX SUBSCRIBE OVER` (OTA and PYKIS: 40).
    package var webSocketMaxSubscriptions: Int = 40

    /// KIS's current numbers unless told otherwise.
    package init(
        realRate: Int = 18, paperRate: Int = 1, tokenIssueInterval: Double = 60, tokenLifetime: Double = 86400,
        tokenReuseWindow: Double = 6 * 3600, webSocketPingInterval: Double = 10, webSocketMaxSubscriptions: Int = 40
    ) {
        self.webSocketPingInterval = webSocketPingInterval
        self.webSocketMaxSubscriptions = webSocketMaxSubscriptions
        self.realRate = realRate
        self.paperRate = paperRate
        self.tokenIssueInterval = tokenIssueInterval
        self.tokenLifetime = tokenLifetime
        self.tokenReuseWindow = tokenReuseWindow
    }

    /// The call limit of a side (≤ 0 means unlimited).
    package func rate(_ side: SimulatorSide) -> Int { side == .real ? realRate : paperRate }
}
