package import Foundation
import KISAPI
import PortfolioModel
import Storage

extension OrderDesk {
    /// Confirms the pending order with `typed` and sends it, once.
    ///
    /// The guards that are the caller's (password, `REAL_TRADING_ENABLED`) run before this. Here: the code must
    /// match, be unexpired and belong to this domain and account; three wrong codes void the order. Once the
    /// code matches, the pending order is gone for good, before anything is sent.
    /// - Returns: How the order ended.
    /// - Throws: ``TradingError``: `.noPendingOrder`, `.codeRefused`, `.refused` (the session closed meanwhile),
    ///   `.journal` (nothing sent).
    package func confirm(_ typed: String) async throws -> OrderOutcome {
        try HostGuard.check(gateway.configuration)
        guard let (pending, claimed) = try pendingFile.claim() else {
            throw TradingError(.noPendingOrder, "no pending order: it was confirmed, voided or never made")
        }
        let at = now()
        if at >= pending.expiresAt {
            pendingFile.discard(claimed)
            try await refuse(pending, at: at, reason: "expired")
            throw TradingError(
                .codeRefused,
                "the confirmation code expired at \(KST.format(pending.expiresAt)) KST; preview the order again")
        }
        let sameBinding = pending.mode == mode && pending.accountDigest == accountDigest
        guard sameBinding, ConfirmationCode.digest(typed, salt: pending.codeSalt) == pending.codeDigest else {
            var counted = pending
            counted.wrongAttempts += 1
            let voided = counted.wrongAttempts >= PendingOrder.maxWrongAttempts
            if voided { pendingFile.discard(claimed) } else { pendingFile.restore(counted, claimedPath: claimed) }
            let why = sameBinding ? "wrong code" : "code for another domain or account"
            try await refuse(pending, at: at, reason: voided ? "\(why); voided" : why)
            let message =
                sameBinding
                ? "wrong confirmation code"
                : "this code belongs to a \(pending.mode.koreanLabel) order of another account or domain"
            throw TradingError(
                .codeRefused,
                voided
                    ? "\(message); \(PendingOrder.maxWrongAttempts) wrong tries voided the order"
                    : "\(message) (\(counted.wrongAttempts) of \(PendingOrder.maxWrongAttempts) tries)")
        }
        pendingFile.discard(claimed)
        switch pending.action {
        case .place(let plan): return try await send(plan, requestID: pending.requestID)
        case .cancel(let target): return try await sendCancel(target, requestID: pending.requestID)
        }
    }

    private func refuse(_ pending: PendingOrder, at: Date, reason: String) async throws {
        try await record(
            TradeEvent(requestID: pending.requestID, kind: .codeRefused, detail: ["reason": reason], recordedAt: at))
    }

    /// Sends a checked new order once and settles its outcome.
    func send(_ plan: OrderPlan, requestID: String) async throws -> OrderOutcome {
        let at = now()
        let time = KST.timeOfDay(at)
        let verdict = checks.sessions.verdict(
            venue: plan.request.venue, type: plan.orderType, at: time,
            isTradingDay: (try? await isTradingDay(TradeDate(at))) ?? !TradeDate(at).isWeekend)
        guard case .allowed = verdict else {
            try await record(
                TradeEvent(
                    requestID: requestID, kind: .guardRefused, detail: ["reason": "session closed"], recordedAt: at))
            throw TradingError(
                .refused, "\(plan.request.venue.rawValue) no longer takes this order at \(time) KST; nothing was sent")
        }
        var detail = Self.detail(plan)
        detail["fingerprint"] = Self.fingerprint(plan.request, mode: mode)
        try await record(TradeEvent(requestID: requestID, kind: .sent, detail: detail, recordedAt: at))
        let submission = OrderSubmissions.cash(plan, account: account)
        do {
            let reply = try await gateway.submit(submission)
            guard let number = reply.output["ODNO"]?.trimmingCharacters(in: .whitespaces), !number.isEmpty else {
                return try await settleLost(
                    plan, requestID: requestID, sentAt: at, why: "accepted without an order number")
            }
            let order = journalOrder(
                plan, requestID: requestID, number: number, branch: reply.output["KRX_FWDG_ORD_ORGNO"] ?? "", at: at)
            await recordPlaced(order, kind: .accepted, detail: ["msg_cd": reply.messageCode], at: at)
            return .placed(order, viaLookup: false)
        } catch let error as KISError {
            return try await settle(error, requestID: requestID, at: at) {
                try await settleLost(plan, requestID: requestID, sentAt: at, why: error.message)
            }
        }
    }

    /// Maps a KIS failure of an order call: a refusal is final, an unknown outcome is looked up.
    func settle(
        _ error: KISError, requestID: String, at: Date, lookup: () async throws -> OrderOutcome
    ) async throws -> OrderOutcome {
        if error.code == .outcomeUnknown {
            try? await record(
                TradeEvent(
                    requestID: requestID, kind: .outcomeUnknown, detail: ["error": error.code.rawValue], recordedAt: at)
            )
            return try await lookup()
        }
        let code = error.messageCode ?? error.code.rawValue
        try? await record(
            TradeEvent(
                requestID: requestID, kind: .rejected, detail: ["msg_cd": code, "msg": error.message], recordedAt: at))
        if error.code == .rejected { return .rejected(messageCode: code, message: error.message) }
        return .notPlaced(reason: "KIS turned the call away before running it: \(error)")
    }

    /// Looks a lost order up in today's orders (twice, `lookupDelay` apart) and journals what was found.
    func settleLost(_ plan: OrderPlan, requestID: String, sentAt: Date, why: String) async throws -> OrderOutcome {
        for attempt in 0..<2 {
            if attempt > 0 { try await clock.sleep(for: lookupDelay) }
            let known: Set<String>
            let orders: [DailyOrder]
            do {
                known = Set(
                    try await journal.orders(account: account, mode: mode, on: TradeDate(sentAt)).map(\.orderNumber))
                orders = try await gateway.fetchDailyOrders(on: TradeDate(sentAt))
            } catch {
                try? await record(
                    TradeEvent(
                        requestID: requestID, kind: .reconciled, detail: ["finding": "lookup failed"], recordedAt: now()
                    ))
                return .unknown(
                    reason: "\(why); the lookup failed too (\(error)). Check `kisdash orders` before ordering again")
            }
            if case .placed(let found) = OrderReconciler.find(plan, sentAt: sentAt, in: orders, known: known) {
                let order = journalOrder(
                    plan, requestID: requestID, number: found.orderNumber, branch: found.branch, at: sentAt)
                await recordPlaced(order, kind: .reconciled, detail: ["finding": "placed"], at: now())
                return .placed(order, viaLookup: true)
            }
        }
        try? await record(
            TradeEvent(requestID: requestID, kind: .reconciled, detail: ["finding": "not placed"], recordedAt: now()))
        return .notPlaced(reason: "\(why); KIS lists no such order, so it was not placed")
    }

    func journalOrder(_ plan: OrderPlan, requestID: String, number: String, branch: String, at: Date) -> JournalOrder {
        JournalOrder(
            requestID: requestID, kind: .new, orderDate: TradeDate(at), orderNumber: number, branch: branch,
            code: plan.request.code, name: plan.name, side: plan.request.side, venue: plan.request.venue,
            orderType: plan.orderType, quantity: plan.request.quantity, price: plan.price ?? .zero, orderedAt: at)
    }

    /// Journals a placed order.
    ///
    /// KIS has it already, so a journal failure here is reported but not thrown:
    /// the next sync will still see the order at KIS.
    func recordPlaced(_ order: JournalOrder, kind: TradeEvent.Kind, detail: [String: String], at: Date) async {
        let event = TradeEvent(
            requestID: order.requestID, orderNumber: order.orderNumber, kind: kind, detail: detail, recordedAt: at)
        try? await journal.recordAccepted(order, event: event, account: account, mode: mode)
    }
}
