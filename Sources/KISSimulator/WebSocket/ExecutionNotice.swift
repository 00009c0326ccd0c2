/// One H0STCNI0/H0STCNI9 record: the 26 `^`-separated fields of SPEC §7.5, in order, numbers
/// zero-padded to the XLS lengths (ODER_NO/OODER_NO/CNTG_QTY 10, CNTG_UNPR/ODER_QTY/ODER_PRC 9).
///
/// The figures are the order book's, so they agree with inquire-daily-ccld: the same ODNO, order
/// quantity and price (`ord_qty`, `ord_unpr`), fill quantities summing to `tot_ccld_qty` and the
/// fill time of the last one equal to `infm_tmd`.
struct ExecutionNotice {
    /// ACNT_NAME: scenarios carry no holder name, so every account is SPEC's example holder.
    static let holderName = "홍길동"

    /// The HTS id, account number (CANO + ACNT_PRDT_CD) and holder name of the account.
    var htsId: String
    var accountNumber: String
    var holderName: String

    /// The record of `event` as plain text (before encryption).
    func record(_ event: OrderEvent) -> String {
        switch event {
        case .accepted(let order):
            let rctf: String =
                switch order.kind {
                case .new: "0"
                case .amend: "1"
                case .cancel: "2"
                }
            return fields(
                order, rctf: rctf, quantity: order.quantity, price: order.price, second: order.second, cntg: "1",
                acpt: "1")
        case .filled(let order, let fill):
            return fields(
                order, rctf: "0", quantity: fill.quantity, price: fill.price, second: fill.second, cntg: "2", acpt: "2")
        case .expired(let order, let quantity, let second):
            return fields(
                order, rctf: "0", quantity: quantity, price: order.price, second: second, cntg: "1", acpt: "3")
        }
    }

    private func fields(
        _ order: OrderRecord, rctf: String, quantity: Int, price: Int, second: Int, cntg: String, acpt: String
    ) -> String {
        [
            htsId, accountNumber, order.odno, order.originalNumber, order.side.rawValue, rctf, order.orderType,
            Self.condition(order.orderType), order.code, pad(quantity, 10), pad(price, 9),
            KSTTime.compactTime(second), "0", cntg, acpt, order.branch, pad(order.quantity, 9), holderName, "",
            Self.exchange(order), "Y", "", "10", "", order.name, pad(order.price, 9),
        ].joined(separator: "^")
    }

    /// ODER_COND: `0` none, `1` IOC, `2` FOK.
    static func condition(_ orderType: String) -> String {
        if OrderTypes.immediateOrCancel.contains(orderType) { return "1" }
        if OrderTypes.fillOrKill.contains(orderType) { return "2" }
        return "0"
    }

    /// ORD_EXG_GB: `1` KRX, `2` NXT, `3` SOR routed to KRX, `4` SOR routed to NXT.
    static func exchange(_ order: OrderRecord) -> String {
        switch (order.venue, order.route) {
        case (.sor, .nxt): "4"
        case (.sor, _): "3"
        case (.nxt, _): "2"
        default: "1"
        }
    }
}
