/// Where an order placed by this tool stands, as the journal records it (`trade_orders.status`).
package enum OrderStatus: String, Sendable, Codable, CaseIterable {
    /// Accepted by KIS, nothing filled yet.
    case pending = "PENDING"
    case partiallyFilled = "PARTIALLY_FILLED"
    case filled = "FILLED"
    /// Cancelled (or expired) with part or none of it filled.
    case cancelled = "CANCELLED"
    case rejected = "REJECTED"

    /// The status KIS's daily order inquiry implies for `order`.
    package init(reportedBy order: DailyOrder) {
        if order.filledQuantity >= order.orderQuantity {
            self = .filled
        } else if order.remainingQuantity > 0 && !order.isCancelled {
            self = order.filledQuantity > 0 ? .partiallyFilled : .pending
        } else {
            self = order.rejectedQuantity > 0 && order.filledQuantity == 0 ? .rejected : .cancelled
        }
    }

    /// True when nothing more can happen to the order.
    package var isFinal: Bool { self == .filled || self == .cancelled || self == .rejected }

    /// 미체결, 부분체결, 체결, 취소, 거부.
    package var koreanLabel: String {
        switch self {
        case .pending: "미체결"
        case .partiallyFilled: "부분체결"
        case .filled: "체결"
        case .cancelled: "취소"
        case .rejected: "거부"
        }
    }
}
