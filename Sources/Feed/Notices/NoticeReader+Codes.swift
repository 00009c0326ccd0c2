import PortfolioModel

extension NoticeReader {
    /// The kind, by SPEC §7.5's reading table.
    ///
    /// A refusal (RFUS_YN 1) wins over everything; then an exchange
    /// cancellation (ACPT_YN 3); then CNTG_YN 2 is a fill and CNTG_YN 1 an acknowledgement whose RCTF_CLS says
    /// new, amend or cancel. An acknowledgement with ACPT_YN 2 ("confirmed", undocumented for amend/cancel)
    /// reads as the same acknowledgement kind.
    static func kind(_ f: NoticeFields) throws -> ExecutionNotice.Kind {
        // A refusal's other flags are "any" in the table, so they are not checked.
        guard try f.code("RFUS_YN", in: ["0", "1"]) == "0" else { return .refused }
        let receipt = try f.code("ACPT_YN", in: ["1", "2", "3"])
        if receipt == "3" { return .remainderCancelled }
        let filled = try f.code("CNTG_YN", in: ["1", "2"])
        let correction = try f.code("RCTF_CLS", in: ["0", "1", "2"])
        if filled == "2" { return .fill }
        switch correction {
        case "1": return .amendAccepted
        case "2": return .cancelAccepted
        default: return .accepted
        }
    }

    /// ODER_COND: `0` (or blank) none, `1` IOC, `2` FOK.
    static func condition(_ f: NoticeFields) throws -> ExecutionNotice.Condition {
        switch f.text("ODER_COND") {
        case "", "0": return .none
        case "1": return .ioc
        case "2": return .fok
        default: throw f.invalid("ODER_COND", "expected 0, 1 (IOC) or 2 (FOK)")
        }
    }

    /// The venue as ordered and where it went, from ORD_EXG_GB.
    ///
    /// `1` KRX, `2` NXT, `3` SOR routed to KRX, `4` SOR routed to NXT. Blank, and the older
    /// layout that has no such field, mean KRX (the only venue before NXT opened).
    static func venues(_ f: NoticeFields) throws -> (venue: Venue, routedTo: Venue) {
        switch f.text("ORD_EXG_GB") {
        case "", "1": return (.krx, .krx)
        case "2": return (.nxt, .nxt)
        case "3": return (.sor, .krx)
        case "4": return (.sor, .nxt)
        default: throw f.invalid("ORD_EXG_GB", "expected 1 (KRX), 2 (NXT), 3 or 4 (SOR)")
        }
    }
}
