package import Foundation
package import PortfolioModel

/// An order waiting for its confirmation code: the seed's `pending_order.json`, made strict.
///
/// It holds the checked plan (or the cancellation), the domain and a fingerprint of the account, the salted
/// digest of the code (never the code), when it expires and how many wrong codes were tried.
package struct PendingOrder: Sendable, Codable, Hashable {
    /// What is waiting.
    package enum Action: Sendable, Codable, Hashable {
        case place(OrderPlan)
        case cancel(CancelTarget)
    }

    package var version = 1
    package var requestID: String
    package var mode: TradingMode
    /// SHA-256 of the account's digits: binds the order to the account without storing the number.
    package var accountDigest: String
    package var action: Action
    package var codeSalt: String
    package var codeDigest: String
    package var createdAt: Date
    package var expiresAt: Date
    package var wrongAttempts: Int

    /// Creates a pending order.
    package init(
        requestID: String, mode: TradingMode, accountDigest: String, action: Action, codeSalt: String,
        codeDigest: String, createdAt: Date, expiresAt: Date, wrongAttempts: Int = 0
    ) {
        self.requestID = requestID
        self.mode = mode
        self.accountDigest = accountDigest
        self.action = action
        self.codeSalt = codeSalt
        self.codeDigest = codeDigest
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.wrongAttempts = wrongAttempts
    }

    /// Wrong codes after which the order is voided.
    package static let maxWrongAttempts = 3
}

/// An open order chosen for cancellation, with what order-rvsecncl needs.
package struct CancelTarget: Sendable, Codable, Hashable {
    package var orderNumber: String
    /// 주문채번지점번호 (`KRX_FWDG_ORD_ORGNO`).
    package var branch: String
    package var code: StockCode
    package var name: String
    package var side: Side
    package var venue: Venue
    /// The original's ORD_DVSN, sent back on a cancel.
    package var orderTypeCode: String
    package var price: KRW
    /// What is still open and will be cancelled.
    package var openQuantity: Int64

    /// Creates a target.
    package init(
        orderNumber: String, branch: String, code: StockCode, name: String, side: Side, venue: Venue,
        orderTypeCode: String, price: KRW, openQuantity: Int64
    ) {
        self.orderNumber = orderNumber
        self.branch = branch
        self.code = code
        self.name = name
        self.side = side
        self.venue = venue
        self.orderTypeCode = orderTypeCode
        self.price = price
        self.openQuantity = openQuantity
    }
}
