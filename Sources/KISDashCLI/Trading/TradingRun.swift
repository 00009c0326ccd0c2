import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel
import Trading

/// The one path every trading command (quick or conventional) runs through once its words are parsed.
enum TradingRun {
    /// Runs `action` in `context`, printing text or JSON; errors become one line and an exit code.
    static func perform(_ action: QuickAction, context: TradingContext, json: Bool) async throws {
        let mode = context.mode, account = context.configuration.account
        do {
            switch action {
            case .balance:
                try await context.requirePassword()
                let snapshot = try await context.client.fetchBalance()
                emit(json, TradingText.balance(snapshot, mode: mode, account: account), snapshot)
            case .quote(let code, let name):
                try await context.requirePassword()
                let instrument = try await context.client.fetchInstrument(code, today: TradeDate(context.env.now()))
                if let name, name.filter({ !$0.isWhitespace }) != instrument.name.filter({ !$0.isWhitespace }) {
                    throw TradingError(.refused, "\(code) is \(instrument.name) at KIS, not \(name): check the code")
                }
                emit(json, TradingText.quote(instrument), QuoteJSON(instrument))
            case .orders:
                try await context.requirePassword()
                let orders = try await context.client.fetchDailyOrders(on: TradeDate(context.env.now()))
                emit(json, TradingText.orders(orders), orders)
            case .order(let request):
                try await context.requirePassword()
                let preview = try await context.desk.preview(request)
                emit(json, TradingText.preview(preview, mode: mode, account: account), PreviewJSON(preview))
                if mode == .real && context.environment["REAL_TRADING_ENABLED"]?.lowercased() != "true" {
                    Console.progress("note: confirming a real order needs REAL_TRADING_ENABLED=true")
                }
            case .cancel(let request):
                try await context.requirePassword()
                let preview = try await context.desk.previewCancel(request)
                emit(json, TradingText.preview(preview, mode: mode, account: account), PreviewJSON(preview))
            case .confirm(let code):
                let requestID = (try? context.desk.pendingFile.peek())?.requestID ?? ""
                try await context.requirePassword(requestID: requestID)
                try await context.requireRealTradingEnabled(requestID: requestID)
                let outcome = try await context.desk.confirm(code)
                emit(json, TradingText.outcome(outcome), OutcomeJSON(outcome))
                if case .placed = outcome { return }
                throw ExitCode.failure
            }
        } catch let error as ExitCode {
            throw error
        } catch let error as TradingError {
            throw Console.fail(CLIError.failed(error.description))
        } catch {
            throw Console.fail(error)
        }
    }

    private static func emit(_ json: Bool, _ text: String, _ value: some Encodable) {
        guard json else { return print(text) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        print(String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self))
    }
}
