import Foundation
import PortfolioModel

/// The canonical encoding of a balance snapshot's content, whose md5 decides "same snapshot or new one".
///
/// Holds what a snapshot stores: the summary, the held positions (quantity > 0) sorted by code, and the
/// unfilled orders sorted by order number. JSON with sorted keys makes it byte-for-byte stable for equal
/// content, whatever order KIS returned rows in.
struct SnapshotContent: Encodable {
    let summary: AccountSummary
    let holdings: [Holding]
    let unfilled: [UnfilledOrder]

    init(balance: BalanceSnapshot, unfilled: [UnfilledOrder]) {
        summary = balance.summary
        holdings = uniqued(balance.heldPositions, by: \.code).sorted { $0.code < $1.code }
        self.unfilled = uniqued(unfilled, by: \.orderNumber).sorted { $0.orderNumber < $1.orderNumber }
    }

    /// The canonical JSON text.
    func canonicalText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// The elements with distinct keys, the last occurrence winning, in first-seen order.
///
/// KIS paging can repeat a row at a page boundary; one `INSERT … ON CONFLICT DO UPDATE` may not touch the same
/// key twice, so every bulk write de-duplicates first.
func uniqued<T, Key: Hashable>(_ elements: [T], by key: (T) -> Key) -> [T] {
    var index: [Key: Int] = [:]
    var out: [T] = []
    out.reserveCapacity(elements.count)
    for element in elements {
        let k = key(element)
        if let i = index[k] {
            out[i] = element
        } else {
            index[k] = out.count
            out.append(element)
        }
    }
    return out
}
