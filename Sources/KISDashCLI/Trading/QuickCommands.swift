import ArgumentParser
import PortfolioModel
import Trading

extension Venue: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}

/// Options every trading command shares.
struct TradeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Venue: KRX, NXT or SOR (paper trading is KRX only).", valueName: "venue"))
    var venue: Venue = .krx

    @Option(
        name: .customLong("type"),
        help: ArgumentHelp(
            "Order type: \(OrderType.allCases.map(\.optionName).joined(separator: ", ")). Default: limit with a "
                + "price, market without.", valueName: "type"))
    var orderType: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    /// The order type asked for, if any.
    /// - Throws: ``CLIError/configuration(_:)`` for an unknown name.
    func type() throws -> OrderType? {
        guard let orderType else { return nil }
        guard let type = OrderType(optionName: orderType) else {
            throw CLIError.configuration(
                "unknown --type \(orderType); one of \(OrderType.allCases.map(\.optionName).joined(separator: ", "))")
        }
        return type
    }
}

/// The options every trading command takes, and the one way they run an action.
struct TradingOptions: ParsableArguments {
    @OptionGroup(title: "Order") var trade: TradeOptions
    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    /// Builds the action (a usage error exits 64), loads the context for `mode` (nil: the configured one), runs it.
    func perform(mode: TradingMode?, _ action: (TradeOptions) throws -> QuickAction) async throws {
        let parsed: QuickAction
        do { parsed = try action(trade) } catch { throw Console.fail(error) }
        let context = try await TradingContext.make(kis: kis, database: database, clock: clock, mode: mode)
        try await TradingRun.perform(parsed, context: context, json: trade.json)
    }
}

/// `kisdash 실전 …`: real-money quick commands (password for all; orders also need REAL_TRADING_ENABLED=true).
struct RealQuickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "실전", abstract: "Real-account (실전) quick commands: " + QuickGrammar.usage,
        discussion: """
            Every real-mode command asks for the trading password (set it once with `kisdash password set`). \
            매수/매도/취소 print a preview and a 4-character code; `kisdash confirm CODE` (or `실전 확인 CODE`) sends \
            the order, once, and only with REAL_TRADING_ENABLED=true in the environment.
            """)
    @Argument(help: "The quick command's words, e.g. 매수 005930 삼성전자 10주 52000원.") var words: [String]
    @OptionGroup var options: TradingOptions

    func run() async throws {
        try await options.perform(mode: .real) { try QuickGrammar.parse(words, venue: $0.venue, type: try $0.type()) }
    }
}

/// `kisdash 모의 …`: paper-account quick commands (no password; KRX only).
struct PaperQuickCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "모의", abstract: "Paper-account (모의) quick commands: " + QuickGrammar.usage)
    @Argument(help: "The quick command's words, e.g. 매수 005930 삼성전자 10주 52000원.") var words: [String]
    @OptionGroup var options: TradingOptions

    func run() async throws {
        try await options.perform(mode: .paper) { try QuickGrammar.parse(words, venue: $0.venue, type: try $0.type()) }
    }
}
