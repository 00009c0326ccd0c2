package import Foundation
package import PortfolioModel

/// Decides, from KIS's list of today's orders, whether an order whose reply was lost reached KIS (pure).
///
/// A candidate has the plan's stock, side, quantity, price (0 for market-type) and venue, an order time no
/// earlier than a minute before the order was sent, and an order number the journal does not already hold
/// (so an identical earlier order is never mistaken for this one). The earliest such order is the one.
package enum OrderReconciler {
    /// What the lookup found.
    package enum Finding: Sendable, Equatable {
        case placed(DailyOrder)
        case notPlaced
    }

    /// The finding for `plan`, sent at `sentAt`, among `orders`, given the order numbers already journaled.
    package static func find(
        _ plan: OrderPlan, sentAt: Date, in orders: [DailyOrder], known: Set<String>
    ) -> Finding {
        let earliest = KST.timeOfDay(sentAt.addingTimeInterval(-60))
        let date = TradeDate(sentAt)
        let candidates = orders.filter { order in
            order.orderDate == date && order.originalOrderNumber.isEmpty && !known.contains(order.orderNumber)
                && order.code == plan.request.code && order.side == plan.request.side
                && order.orderQuantity == plan.request.quantity && order.orderPrice == (plan.price ?? .zero)
                && order.orderTime >= earliest && (order.venue == plan.request.venue || plan.request.venue == .sor)
        }
        guard let found = candidates.min(by: { ($0.orderTime, $0.orderNumber) < ($1.orderTime, $1.orderNumber) })
        else { return .notPlaced }
        return .placed(found)
    }

    /// The finding for a cancellation of `target`: KIS lists a cancel order whose original is the target, or
    /// the target has nothing open any more.
    package static func findCancel(_ target: CancelTarget, in orders: [DailyOrder], known: Set<String>) -> Finding {
        if let cancel = orders.first(where: {
            $0.originalOrderNumber == target.orderNumber && !known.contains($0.orderNumber)
        }) {
            return .placed(cancel)
        }
        return .notPlaced
    }
}
