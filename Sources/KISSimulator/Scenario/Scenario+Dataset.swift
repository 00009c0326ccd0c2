package import Foundation

/// How a `gen_dataset.py` file becomes an account.
package struct DatasetImportOptions: Sendable {
    /// The side the account lives on (default paper).
    package var side: SimulatorSide
    /// App key; the default scenario's key for that side when nil.
    package var appKey: String?
    /// App secret; the default scenario's secret for that side when nil.
    package var appSecret: String?
    /// `CANO-ACNT_PRDT_CD`; generated from the dataset's masked number and seed when nil.
    package var account: String?
    /// HTS id for execution notices.
    package var htsId: String?

    /// Creates options.
    package init(
        side: SimulatorSide = .paper, appKey: String? = nil, appSecret: String? = nil, account: String? = nil,
        htsId: String? = nil
    ) {
        self.side = side
        self.appKey = appKey
        self.appSecret = appSecret
        self.account = account
        self.htsId = htsId
    }

    /// The default scenario's keys, so that the same client settings work for both.
    static let defaultKeys: [SimulatorSide: (String, String)] = [
        .paper: ("sim-paper-appkey-0001-not-a-real-key", "sim-paper-appsecret-not-a-real-secret-0001"),
        .real: ("sim-real-appkey-0001-not-a-real-key", "sim-real-appsecret-not-a-real-secret-0001"),
    ]
}

extension Scenario {
    /// Converts a `gen_dataset.py` file: the account's holdings, executions and unfilled orders, and
    /// the exact daily and minute bars; the clock starts at the file's `as_of`.
    ///
    /// - Throws: ``SimulatorError/Code/invalidDataset``.
    package init(datasetAt url: URL, options: DatasetImportOptions = DatasetImportOptions()) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SimulatorError(.invalidDataset, "cannot read \(url.path)")
        }
        let file: Dataset
        do { file = try JSONDecoder().decode(Dataset.self, from: data) } catch {
            throw SimulatorError(.invalidDataset, "\(url.lastPathComponent): \(error)")
        }
        try self.init(dataset: file, options: options)
    }

    init(dataset file: Dataset, options: DatasetImportOptions) throws {
        guard let asOf = KSTTime(parsing: file.account.as_of) else {
            throw SimulatorError(.invalidDataset, "account.as_of \(file.account.as_of) is not ISO 8601")
        }
        let today = asOf.date.iso
        var stocks: [ScenarioStock] = []
        var bars: [String: ScenarioRecordedBars] = [:]
        for h in file.holdings {
            let value =
                h.daily.isEmpty
                ? 3e11 : h.daily.reduce(0.0) { $0 + Double($1.volume * $1.close) } / Double(h.daily.count)
            stocks.append(
                ScenarioStock(
                    code: h.stock_code, name: h.stock_name, basePrice: h.prdy_clpr, volatility: 0.02, dailyValue: value)
            )
            bars[h.stock_code] = ScenarioRecordedBars(
                daily: h.daily.map {
                    ScenarioDailyRow(
                        date: $0.date, open: $0.open, high: $0.high, low: $0.low, close: $0.close, volume: $0.volume)
                },
                minute: h.minute.map { ScenarioMinuteRow(time: $0.time, price: $0.price, volume: $0.volume) },
                minuteDate: today)
        }
        var orders: [ScenarioOrder] = file.executions.map { e in
            ScenarioOrder(
                odno: e.odno, time: e.time, code: e.stock_code, side: e.side.lowercased(), orderType: "00",
                quantity: e.qty,
                price: e.price, fills: [ScenarioFill(time: e.time, quantity: e.qty, price: e.price)])
        }
        orders += file.unfilled.map { u in
            ScenarioOrder(
                odno: u.odno, time: u.time, code: u.stock_code, side: u.side.lowercased(), orderType: "00",
                quantity: u.order_qty, price: u.order_price,
                fills: u.filled_qty > 0
                    ? [ScenarioFill(time: u.time, quantity: u.filled_qty, price: u.order_price)] : [])
        }
        let keys = DatasetImportOptions.defaultKeys[options.side] ?? ("sim-appkey", "sim-appsecret")
        let masked = file.account.account_no
        let generated = masked.replacingOccurrences(of: "****", with: pad(Int(file.meta?.seed ?? 42) % 10000, 4))
        let accountNumber =
            options.account ?? (generated.allSatisfy { $0.isNumber || $0 == "-" } ? generated : "50123456-01")
        let maxOrder =
            (file.executions.map(\.odno) + file.unfilled.map(\.odno)).compactMap { Int($0) }.max() ?? 1_000_000
        let account = ScenarioAccount(
            side: options.side, appKey: options.appKey ?? keys.0, appSecret: options.appSecret ?? keys.1,
            account: accountNumber, htsId: options.htsId ?? "simdataset", cash: file.summary.deposit,
            todayFees: file.summary.today_fee,
            holdings: file.holdings.map {
                ScenarioHolding(code: $0.stock_code, quantity: $0.holding_qty, averagePrice: $0.pchs_avg_pric)
            },
            orders: orders, nextOrderNumber: maxOrder + 1000)
        self.init(
            name: "dataset", seed: UInt64(file.meta?.seed ?? 42), clock: ScenarioClock(now: asOf.description, speed: 0),
            stocks: stocks, accounts: [account], recordedBars: bars)
        try validate()
    }
}

/// The `gen_dataset.py` JSON layout (its field names, hence the snake case).
struct Dataset: Decodable {
    struct Meta: Decodable { var seed: Int? }
    struct Account: Decodable {
        var account_no: String
        var as_of: String
    }
    struct Summary: Decodable {
        var deposit: Int
        var today_fee: Int
    }
    struct Daily: Decodable {
        var date: String
        var open: Int
        var high: Int
        var low: Int
        var close: Int
        var volume: Int
    }
    struct Minute: Decodable {
        var time: String
        var price: Int
        var volume: Int
    }
    struct Holding: Decodable {
        var stock_code: String
        var stock_name: String
        var holding_qty: Int
        var pchs_avg_pric: Double
        var prdy_clpr: Int
        var daily: [Daily]
        var minute: [Minute]
    }
    struct Execution: Decodable {
        var odno: String
        var stock_code: String
        var side: String
        var qty: Int
        var price: Int
        var time: String
    }
    struct Unfilled: Decodable {
        var odno: String
        var stock_code: String
        var side: String
        var order_qty: Int
        var filled_qty: Int
        var order_price: Int
        var time: String
    }
    var meta: Meta?
    var account: Account
    var summary: Summary
    var holdings: [Holding]
    var executions: [Execution]
    var unfilled: [Unfilled]
}
