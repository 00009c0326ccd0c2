/// Everything needed to start a simulator: scenario, clock, limits, faults and where to listen.
package struct SimulatorConfiguration: Sendable {
    /// Accounts and market.
    package var scenario: Scenario
    /// Start moment; the scenario's `clock.now` when nil.
    package var start: KSTTime?
    /// Simulated seconds per wall second (0 frozen, 1 real time, 60 a minute per second); the
    /// scenario's when nil.
    package var speed: Double?
    package var limits: SimulatorLimits
    package var faults: FaultPlan
    /// Overrides the scenario's price seed.
    package var seed: UInt64?
    /// Sessions, refusal texts and fill model for orders; a scenario's `orderRules` wins.
    package var orderRules: OrderRules = .standard
    /// Listen address; loopback by default.
    package var host: String
    /// Port of the real side (0 = ephemeral).
    package var realPort: Int
    /// Port of the paper side (0 = ephemeral).
    package var paperPort: Int
    /// WebSocket port of the real side (0 = ephemeral).
    package var realWebSocketPort = 0
    /// WebSocket port of the paper side (0 = ephemeral).
    package var paperWebSocketPort = 0
    /// The wall clock (`ContinuousClock` unless a test hands in one it moves itself).
    ///
    /// Rate-limit windows, token-issue intervals, the simulated clock's speed, the real-time pulse, PINGPONG and
    /// slow replies run on it (see ``WallClock``).
    package var clock: any Clock<Duration>

    /// Creates a configuration.
    package init(
        scenario: Scenario, start: KSTTime? = nil, speed: Double? = nil, limits: SimulatorLimits = SimulatorLimits(),
        faults: FaultPlan = .none, seed: UInt64? = nil, host: String = "127.0.0.1", realPort: Int = 0,
        paperPort: Int = 0, clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.scenario = scenario
        self.start = start
        self.speed = speed
        self.limits = limits
        self.faults = faults
        self.seed = seed
        self.host = host
        self.realPort = realPort
        self.paperPort = paperPort
        self.clock = clock
    }
}
