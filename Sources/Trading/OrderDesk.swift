import Digest
package import Foundation
package import KISAPI
package import PortfolioModel
package import Storage

/// The trading service: preview an order (checks, pending order, code), then confirm it exactly once.
///
/// Nothing is sent at preview. At confirmation the code is checked and consumed *before* anything is sent,
/// the `SENT` event is journaled before the call, and the call is never resent: a lost reply is settled by
/// looking the order up. So no path can send one pending order twice.
package struct OrderDesk: Sendable {
    let gateway: any TradingGateway
    let journal: TradeJournal
    package let pendingFile: PendingOrderFile
    let checks: PreTradeCheck
    let now: @Sendable () -> Date
    let isTradingDay: @Sendable (TradeDate) async throws -> Bool
    /// The clock the wait between two lookups of a lost order runs on.
    let clock: any Clock<Duration>
    /// How long a pending order stays confirmable.
    package var expiry: Duration = .seconds(120)
    /// The wait before the second lookup after a lost reply.
    package var lookupDelay: Duration = .seconds(2)

    /// Creates a desk.
    package init(
        gateway: any TradingGateway, journal: TradeJournal, pendingFile: PendingOrderFile,
        checks: PreTradeCheck = PreTradeCheck(), now: @escaping @Sendable () -> Date,
        isTradingDay: @escaping @Sendable (TradeDate) async throws -> Bool,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.gateway = gateway
        self.journal = journal
        self.pendingFile = pendingFile
        self.checks = checks
        self.now = now
        self.isTradingDay = isTradingDay
        self.clock = clock
    }

    var mode: TradingMode { gateway.configuration.mode }
    var account: AccountNumber { gateway.configuration.account }
    var accountDigest: String { SHA256.hex(account.storageKey) }

    /// Checks `request` against KIS's figures of right now and saves it as the pending order.
    /// - Returns: The preview with its confirmation code.
    /// - Throws: ``TradingError``: `.refused` naming the broken rule, `.kis` when an inquiry failed.
    package func preview(_ request: OrderRequest) async throws -> OrderPreview {
        try HostGuard.check(gateway.configuration)
        let at = now()
        let today = TradeDate(at)
        let facts = try await kis("reading the stock and the account") {
            let instrument = try await gateway.fetchInstrument(request.code, today: today)
            var facts = PreTradeCheck.Facts(
                mode: mode, instrument: instrument, now: at, isTradingDay: try await isTradingDay(today))
            if request.venue == .nxt && request.orderType == .market {
                facts.book = try await gateway.fetchAskingPrice(request.code, venue: .nxt)
            }
            switch request.side {
            case .buy:
                let price = request.orderType.takesPrice ? request.price : facts.book?.askPrice
                facts.orderableCash = try await gateway.fetchOrderableCash(for: request.code, price: price)
            case .sell:
                facts.sellableQuantity = try await gateway.fetchBalance().holdings
                    .first { $0.code == request.code }?.orderableQuantity
            }
            return facts
        }
        var withHistory = facts
        withHistory.recentIdentical = try await sentRecently(fingerprint: Self.fingerprint(request, mode: mode), at: at)
        let plan = try checks.plan(request, facts: withHistory)
        return try await save(.place(plan), at: at, detail: Self.detail(plan))
    }

    /// Saves `action` as the pending order with a fresh code and journals the preview.
    func save(_ action: PendingOrder.Action, at: Date, detail: [String: String]) async throws -> OrderPreview {
        let code = try ConfirmationCode.make()
        let salt = TradingPassword.hex(try stateBytes())
        let pending = PendingOrder(
            requestID: UUID().uuidString.lowercased(), mode: mode, accountDigest: accountDigest, action: action,
            codeSalt: salt, codeDigest: ConfirmationCode.digest(code, salt: salt), createdAt: at,
            expiresAt: at.addingTimeInterval(expiry.inSeconds))
        try await record(TradeEvent(requestID: pending.requestID, kind: .previewed, detail: detail, recordedAt: at))
        try pendingFile.save(pending)
        return OrderPreview(pending: pending, code: code)
    }

    private func stateBytes() throws -> [UInt8] {
        do { return try PBKDF2.randomBytes(16) } catch {
            throw TradingError(.stateFile, "cannot draw random bytes", underlying: error)
        }
    }
}
