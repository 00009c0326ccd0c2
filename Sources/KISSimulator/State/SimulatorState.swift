/// The simulator's whole mutable world — clock, market, accounts, tokens, limits, faults, stats —
/// behind one actor, shared by the real and paper listeners.
///
/// Requests are handled synchronously inside the actor (no suspension), so each call sees and
/// leaves a consistent state; a reply takes microseconds.
actor SimulatorState {
    let configuration: SimulatorConfiguration
    /// Real time (injected): rate-limit windows, token-issue intervals, the anchor of ``clock``, timers.
    let wall: WallClock
    /// Replies of calls that fired the `held` fault, waiting for the test (or the simulator's stop).
    let heldReplies = HeldReplies()
    var clock: SimulatedClock
    var limits: SimulatorLimits
    var market: MarketModel
    var accounts: [SimulatorSide: AccountBook]
    /// Sessions, refusals and the fill model for the order TRs.
    var rules: OrderRules
    var tokens = TokenStore()
    var rateLimiter = RateLimiter()
    var faults: FaultInjector
    var stats = SimulatorStats()
    var approvalSerial = 0
    /// WebSocket sessions and approval keys (kept across ``reset()``: connections outlive it).
    var webSockets = WebSocketHub()

    init(_ configuration: SimulatorConfiguration) throws {
        self.configuration = configuration
        wall = WallClock(configuration.clock)
        let world = try World(configuration)
        clock = SimulatedClock(start: world.start, speed: world.speed, wall: wall.now)
        limits = configuration.limits
        market = world.market
        accounts = world.accounts
        rules = configuration.scenario.orderRules ?? configuration.orderRules
        faults = FaultInjector(plan: configuration.faults)
    }

    /// The simulated moment now.
    var now: KSTTime { clock.now(at: wall.now) }

    /// Puts everything back as it was at start, except the configured limits stay as they are now.
    func reset() throws {
        let world = try World(configuration)
        clock = SimulatedClock(start: world.start, speed: world.speed, wall: wall.now)
        market = world.market
        accounts = world.accounts
        tokens = TokenStore()
        rateLimiter.reset()
        faults = FaultInjector(plan: configuration.faults)
        stats = SimulatorStats()
    }
}

/// The parts of the state built from a configuration.
struct World {
    var start: KSTTime
    var speed: Double
    var market: MarketModel
    var accounts: [SimulatorSide: AccountBook]

    init(_ configuration: SimulatorConfiguration) throws {
        let scenario = configuration.scenario
        guard let scenarioStart = KSTTime(parsing: scenario.clock.now) else {
            throw SimulatorError(.invalidClock, "scenario clock.now is not ISO 8601: \(scenario.clock.now)")
        }
        start = configuration.start ?? scenarioStart
        speed = configuration.speed ?? scenario.clock.speed ?? 0
        let calendar = MarketCalendar(
            extraHolidays: (scenario.holidays ?? []).compactMap { KSTDate(parsing: $0) },
            extraClosures: (scenario.marketClosures ?? []).compactMap { KSTDate(parsing: $0) })
        let anchor =
            scenario.anchorDate.flatMap { KSTDate(parsing: $0) }
            ?? calendar.tradingDay(before: scenarioStart.date)
        var recorded: [String: RecordedSeries] = [:]
        for (code, bars) in scenario.recordedBars ?? [:] { recorded[code] = RecordedSeries(bars) }
        market = MarketModel(
            stocks: scenario.stocks, seed: configuration.seed ?? scenario.seed, anchor: anchor, calendar: calendar,
            recorded: recorded)
        let stocks = Dictionary(scenario.stocks.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var accounts: [SimulatorSide: AccountBook] = [:]
        for account in scenario.accounts where accounts[account.side] == nil {
            accounts[account.side] = AccountBook(account, stocks: stocks, start: start)
        }
        self.accounts = accounts
    }
}

extension RecordedSeries {
    /// Converts scenario rows.
    init(_ bars: ScenarioRecordedBars) {
        var daily: [Int: DailyBar] = [:]
        for row in bars.daily {
            guard let date = KSTDate(parsing: row.date) else { continue }
            daily[date.dayNumber] = DailyBar(
                date: date, open: row.open, high: row.high, low: row.low, close: row.close, volume: row.volume,
                turnover: Int(Double(row.volume) * Double(row.high + row.low + row.close) / 3))
        }
        var minutes: [Int: [(second: Int, price: Int, volume: Int)]] = [:]
        if let date = KSTDate(parsing: bars.minuteDate) {
            minutes[date.dayNumber] = bars.minute.map { (AccountBook.second(of: $0.time), $0.price, $0.volume) }
        }
        self.init(daily: daily, minutes: minutes)
    }
}
