/// A simulator scenario: the market (stocks, calendar, seed) and the accounts on both sides.
///
/// Loaded from JSON (`Scenarios/default.json`, `--scenario PATH`) or converted from a
/// `gen_dataset.py` file (``Scenario/init(dataset:options:)``).
package struct Scenario: Codable, Sendable {
    /// A label for logs and stats.
    package var name: String
    /// Seed of the price walk.
    package var seed: UInt64
    /// The default clock: start moment (ISO 8601, KST when no offset) and speed.
    package var clock: ScenarioClock
    /// The trading day whose close equals each stock's `basePrice`; defaults to the clock's date.
    package var anchorDate: String?
    /// Extra market holidays (`YYYY-MM-DD`) on top of the built-in KRX calendar.
    package var holidays: [String]?
    /// Extra market-only closures (business days without a session, like Dec 31).
    package var marketClosures: [String]?
    package var stocks: [ScenarioStock]
    package var accounts: [ScenarioAccount]
    /// Bars recorded in a dataset file, by stock code; generated when absent.
    package var recordedBars: [String: ScenarioRecordedBars]?
    /// Order sessions, refusal texts and fill model; the SPEC's when absent.
    package var orderRules: OrderRules?

    /// Creates a scenario.
    package init(
        name: String, seed: UInt64, clock: ScenarioClock, anchorDate: String? = nil, holidays: [String]? = nil,
        marketClosures: [String]? = nil, stocks: [ScenarioStock], accounts: [ScenarioAccount],
        recordedBars: [String: ScenarioRecordedBars]? = nil
    ) {
        self.name = name
        self.seed = seed
        self.clock = clock
        self.anchorDate = anchorDate
        self.holidays = holidays
        self.marketClosures = marketClosures
        self.stocks = stocks
        self.accounts = accounts
        self.recordedBars = recordedBars
    }

    /// The account on a side, if the scenario has one.
    package func account(_ side: SimulatorSide) -> ScenarioAccount? {
        accounts.first { $0.side == side }
    }
}

/// The scenario's default clock.
package struct ScenarioClock: Codable, Sendable {
    /// Start moment, for example `2025-12-04T10:30:00+09:00`.
    package var now: String
    /// Simulated seconds per wall second (0 = frozen).
    package var speed: Double?

    /// Creates a clock setting.
    package init(now: String, speed: Double? = nil) {
        self.now = now
        self.speed = speed
    }
}

/// One stock of the scenario's market.
package struct ScenarioStock: Codable, Sendable {
    package var code: String
    package var name: String
    /// The close on the anchor date (KRW).
    package var basePrice: Int
    /// Daily volatility of log returns (default 0.02).
    package var volatility: Double?
    /// Typical KRW traded per day (default 3e11).
    package var dailyValue: Double?
    /// 업종 name for inquire-price.
    package var sector: String?
    /// Listed shares (상장주수).
    package var listedShares: Int?
    /// `stock`, `etf` or `etn`; inferred from the name when absent (see ``resolvedKind``).
    package var kind: StockKind?

    /// Creates a stock.
    package init(
        code: String, name: String, basePrice: Int, volatility: Double? = nil, dailyValue: Double? = nil,
        sector: String? = nil, listedShares: Int? = nil, kind: StockKind? = nil
    ) {
        self.kind = kind
        self.code = code
        self.name = name
        self.basePrice = basePrice
        self.volatility = volatility
        self.dailyValue = dailyValue
        self.sector = sector
        self.listedShares = listedShares
    }

    /// The stated kind, else the one the name suggests (ETF brands, "ETN"), else a stock.
    package var resolvedKind: StockKind { kind ?? StockKind.inferred(fromName: name) }
}

/// Bars copied from a dataset.
package struct ScenarioRecordedBars: Codable, Sendable {
    /// Daily rows: date `YYYY-MM-DD`, open, high, low, close, volume.
    package var daily: [ScenarioDailyRow]
    /// Minute rows of the last day: time `HHMMSS` (bar start), price (close), volume.
    package var minute: [ScenarioMinuteRow]
    /// The date of the minute rows (`YYYY-MM-DD`).
    package var minuteDate: String
}

/// A recorded daily bar.
package struct ScenarioDailyRow: Codable, Sendable {
    package var date: String
    package var open: Int
    package var high: Int
    package var low: Int
    package var close: Int
    package var volume: Int
}

/// A recorded minute bar.
package struct ScenarioMinuteRow: Codable, Sendable {
    package var time: String
    package var price: Int
    package var volume: Int
}
