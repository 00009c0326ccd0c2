import Foundation
import KISAPI
import PortfolioModel
import Trading

/// `--json` shapes of the trading commands (schema 1).
///
/// Amounts are integer won; no secrets, account masked.
struct PreviewJSON: Encodable {
    var schema = 1
    var requestID: String
    var mode: String
    var code: String
    var expiresAt: Date
    var action: PendingOrder.Action

    init(_ preview: OrderPreview) {
        requestID = preview.pending.requestID
        mode = preview.pending.mode.rawValue
        code = preview.code
        expiresAt = preview.pending.expiresAt
        action = preview.pending.action
    }
}

struct OutcomeJSON: Encodable {
    var schema = 1
    var outcome: String
    var order: JournalOrder?
    var messageCode: String?
    var message: String?

    init(_ outcome: OrderOutcome) {
        self.outcome = outcome.name
        switch outcome {
        case .placed(let order, _): self.order = order
        case .rejected(let code, let text): (messageCode, message) = (code, text)
        case .notPlaced(let reason), .unknown(let reason): message = reason
        }
    }
}

struct QuoteJSON: Encodable {
    var schema = 1
    var code: String
    var name: String
    var price: Int64
    var previousClose: Int64
    var upperLimit: Int64
    var lowerLimit: Int64
    var tick: Int64
    var kind: String

    init(_ i: Instrument) {
        code = i.code.rawValue
        name = i.name
        price = i.quote.price.won
        previousClose = i.quote.previousClose.won
        upperLimit = i.limits.upper.won
        lowerLimit = i.limits.lower.won
        tick = i.tick.won
        kind = i.kind.rawValue
    }
}
