import Digest
import Foundation
import KISAPI
import PortfolioModel
import Storage

extension OrderDesk {
    /// Appends an event; a journal that cannot be written stops the command before anything is sent.
    func record(_ event: TradeEvent) async throws {
        do {
            try await journal.append(event, account: account, mode: mode)
        } catch {
            throw TradingError(.journal, "cannot write the order journal; nothing was sent", underlying: error)
        }
    }

    /// True when an identical order was sent in the minute before `at`.
    func sentRecently(fingerprint: String, at: Date) async throws -> Bool {
        do {
            return try await journal.events(account: account, mode: mode, since: at.addingTimeInterval(-60))
                .contains { $0.kind == .sent && $0.detail["fingerprint"] == fingerprint }
        } catch {
            throw TradingError(.journal, "cannot read the order journal", underlying: error)
        }
    }

    /// Runs KIS inquiries, turning their failures into one ``TradingError`` that says nothing was sent.
    func kis<T>(_ what: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as TradingError {
            throw error
        } catch let error as KISError {
            let code = error.messageCode?.uppercased()
            if code == "MCA05918" || error.code == .invalidField {
                throw TradingError(
                    .refused, "KIS knows no such stock: \(error.message)", messageCode: error.messageCode)
            }
            throw TradingError(.kis, "\(what) failed, nothing was sent: \(error)", underlying: error)
        }
    }

    /// What identifies "the same order" for the double-submit check.
    static func fingerprint(_ request: OrderRequest, mode: TradingMode) -> String {
        let price = request.price.map { String($0.won) } ?? "-"
        let key = [
            mode.rawValue, request.side.rawValue, request.code.rawValue, String(request.quantity),
            request.orderType.rawValue, price, request.venue.rawValue,
        ]
        return String(SHA256.hex(key.joined(separator: "|")).prefix(16))
    }

    /// The journal detail of a plan: facts of the order only.
    static func detail(_ plan: OrderPlan) -> [String: String] {
        [
            "action": "place", "side": plan.request.side.rawValue, "code": plan.request.code.rawValue,
            "name": plan.name, "quantity": String(plan.request.quantity), "order_type": plan.orderType.rawValue,
            "price": String(plan.price?.won ?? 0), "venue": plan.request.venue.rawValue,
        ]
    }

    /// The journal detail of a cancellation.
    static func detail(_ target: CancelTarget) -> [String: String] {
        [
            "action": "cancel", "code": target.code.rawValue, "name": target.name, "order_no": target.orderNumber,
            "quantity": String(target.openQuantity), "venue": target.venue.rawValue,
        ]
    }
}
