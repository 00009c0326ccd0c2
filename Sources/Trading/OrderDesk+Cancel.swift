package import Foundation
import KISAPI
import PortfolioModel
import Storage

extension OrderDesk {
    /// Finds the open order to cancel and saves the cancellation as the pending order.
    ///
    /// Real accounts ask inquire-psbl-rvsecncl (what KIS says can still be cancelled); paper has no such TR, so
    /// the open part of today's orders stands in for it (SPEC §5.3).
    /// - Throws: ``TradingError`` `.refused` when no open order has that number, or it is for another stock.
    package func previewCancel(_ request: CancelRequest) async throws -> OrderPreview {
        try HostGuard.check(gateway.configuration)
        let at = now()
        let open = try await kis("reading the open orders") {
            mode == .real
                ? try await gateway.fetchCancellableOrders()
                : UnfilledOrder.openOrders(in: try await gateway.fetchDailyOrders(on: TradeDate(at)))
        }
        let number = Int(request.orderNumber)
        guard let order = open.first(where: { Int($0.orderNumber) == number && number != nil }) else {
            throw TradingError(
                .refused,
                "no open order \(request.orderNumber) today: nothing left to cancel (filled, cancelled or unknown)")
        }
        guard order.code == request.code else {
            throw TradingError(
                .refused, "order \(order.orderNumber) is for \(order.code) \(order.name), not \(request.code)")
        }
        let target = CancelTarget(
            orderNumber: order.orderNumber, branch: order.branch, code: order.code, name: order.name, side: order.side,
            venue: order.venue, orderTypeCode: order.orderType, price: order.orderPrice,
            openQuantity: order.cancellableQuantity)
        return try await save(.cancel(target), at: at, detail: Self.detail(target))
    }

    /// Sends a cancellation once and settles its outcome.
    func sendCancel(_ target: CancelTarget, requestID: String) async throws -> OrderOutcome {
        let at = now()
        try await record(TradeEvent(requestID: requestID, kind: .sent, detail: Self.detail(target), recordedAt: at))
        do {
            let reply = try await gateway.submit(OrderSubmissions.cancel(target, account: account))
            let number = reply.output["ODNO"]?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !number.isEmpty else {
                return try await settleLostCancel(target, requestID: requestID, at: at)
            }
            let order = cancelOrder(target, requestID: requestID, number: number, at: at)
            await recordPlaced(order, kind: .accepted, detail: ["msg_cd": reply.messageCode], at: at)
            return .placed(order, viaLookup: false)
        } catch let error as KISError {
            return try await settle(error, requestID: requestID, at: at) {
                try await settleLostCancel(target, requestID: requestID, at: at)
            }
        }
    }

    private func settleLostCancel(_ target: CancelTarget, requestID: String, at: Date) async throws -> OrderOutcome {
        do {
            let known = Set(
                try await journal.orders(account: account, mode: mode, on: TradeDate(at)).map(\.orderNumber))
            let orders = try await gateway.fetchDailyOrders(on: TradeDate(at))
            if case .placed(let found) = OrderReconciler.findCancel(target, in: orders, known: known) {
                let order = cancelOrder(target, requestID: requestID, number: found.orderNumber, at: at)
                await recordPlaced(order, kind: .reconciled, detail: ["finding": "placed"], at: now())
                return .placed(order, viaLookup: true)
            }
        } catch {
            return .unknown(reason: "the cancellation's reply was lost and the lookup failed; check `kisdash orders`")
        }
        try? await record(
            TradeEvent(requestID: requestID, kind: .reconciled, detail: ["finding": "not placed"], recordedAt: now()))
        return .notPlaced(
            reason: "the cancellation's reply was lost and KIS lists no cancellation of \(target.orderNumber)")
    }

    private func cancelOrder(_ target: CancelTarget, requestID: String, number: String, at: Date) -> JournalOrder {
        JournalOrder(
            requestID: requestID, kind: .cancel, orderDate: TradeDate(at), orderNumber: number, branch: target.branch,
            originalOrderNumber: target.orderNumber, code: target.code, name: target.name, side: target.side,
            venue: target.venue, orderType: OrderType(rawValue: target.orderTypeCode) ?? .limit,
            quantity: target.openQuantity, price: .zero, status: .filled, filledQuantity: 0, orderedAt: at)
    }
}
