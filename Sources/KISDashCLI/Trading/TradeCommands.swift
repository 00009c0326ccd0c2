import ArgumentParser
import Foundation
import PortfolioModel
import Trading

/// `kisdash order buy|sell|cancel`: the quick commands' powers as conventional subcommands.
struct OrderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "Preview an order and get its confirmation code (nothing is sent yet).",
        subcommands: [Buy.self, Sell.self, Cancel.self])

    struct Buy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Preview a buy.")
        @OptionGroup var order: OrderArguments
        func run() async throws { try await order.run(.buy) }
    }

    struct Sell: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Preview a sell.")
        @OptionGroup var order: OrderArguments
        func run() async throws { try await order.run(.sell) }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Preview the cancellation of an open order.")
        @Argument(help: "Stock code (catches a mistyped order number).") var code: String
        @Argument(help: "Order number (주문번호).") var orderNumber: String
        @OptionGroup var options: TradingOptions

        func run() async throws {
            try await options.perform(mode: nil) { _ in
                try QuickGrammar.parse(["취소", code, orderNumber], venue: .krx, type: nil)
            }
        }
    }
}

/// The arguments of `order buy` / `order sell`.
struct OrderArguments: ParsableArguments {
    @Argument(help: "Stock code, e.g. 005930.") var code: String
    @Argument(help: "Quantity in shares.") var quantity: Int64
    @Option(help: "Limit price in won (omit for a market order).") var price: Int64?
    @Option(help: "The stock's name; refused when it is not KIS's name for the code.") var name: String?
    @OptionGroup var options: TradingOptions

    func run(_ side: Side) async throws {
        try await options.perform(mode: nil) { trade in
            let code = try QuickGrammar.stockCode(code)
            let price = try price.map { p -> KRW in
                guard p > 0 else { throw CLIError.configuration("--price must be positive") }
                return KRW(p)
            }
            return .order(
                OrderRequest(
                    side: side, code: code, name: name, quantity: quantity,
                    orderType: try trade.type() ?? (price == nil ? .market : .limit), price: price, venue: trade.venue))
        }
    }
}

/// `kisdash confirm CODE`: sends the pending order, once.
struct ConfirmCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Send the pending order: the 4-character code from its preview, once, before it expires.",
        discussion: "Real orders also need the trading password and REAL_TRADING_ENABLED=true. Exit 0 only when placed."
    )
    @Argument(help: "The confirmation code, e.g. XT9W.") var code: String
    @OptionGroup var options: TradingOptions

    func run() async throws {
        try await options.perform(mode: nil) { _ in .confirm(code) }
    }
}

/// `kisdash quote CODE` and `kisdash orders`: the inquiries of the quick commands.
struct QuoteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quote", abstract: "The stock's price, band and tick from KIS (현재가).")
    @Argument(help: "Stock code.") var code: String
    @Option(help: "The stock's name, checked against KIS's.") var name: String?
    @OptionGroup var options: TradingOptions

    func run() async throws {
        try await options.perform(mode: nil) { _ in .quote(try QuickGrammar.stockCode(code), name: name) }
    }
}

struct OrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Today's orders and fills at KIS (주문내역).")
    @OptionGroup var options: TradingOptions

    func run() async throws {
        try await options.perform(mode: nil) { _ in .orders }
    }
}
