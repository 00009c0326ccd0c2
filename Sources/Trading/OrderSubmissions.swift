import KISAPI
import PortfolioModel

/// The order TRs (SPEC §4, §5.5, §5.6).
///
/// This file and the simulator are the only places that name them.
///
/// The current generation is venue-aware (`EXCG_ID_DVSN_CD`); the old `…0801U/0802U/0803U` ids are KRX-only and
/// are not used. Paper ids swap the leading `T` for `V`.
enum OrderSubmissions {
    private static let trading = "/uapi/domestic-stock/v1/trading"

    /// 주식주문(현금): `TTTC0012U` buy / `TTTC0011U` sell (paper `VTTC…`).
    static func cash(_ plan: OrderPlan, account: AccountNumber) -> KISSubmission {
        let isBuy = plan.request.side == .buy
        var fields = [
            "CANO": account.cano, "ACNT_PRDT_CD": account.productCode, "PDNO": plan.request.code.rawValue,
            "ORD_DVSN": plan.orderType.rawValue, "ORD_QTY": String(plan.request.quantity),
            "ORD_UNPR": String(plan.price?.won ?? 0), "EXCG_ID_DVSN_CD": plan.request.venue.rawValue,
        ]
        if !isBuy { fields["SLL_TYPE"] = "01" }
        return KISSubmission(
            name: "order-cash", path: trading + "/order-cash", realTR: isBuy ? "TTTC0012U" : "TTTC0011U",
            paperTR: isBuy ? "VTTC0012U" : "VTTC0011U", fields: fields)
    }

    /// 주식주문(정정취소) as a cancel of everything still open: `TTTC0013U` / `VTTC0013U`.
    static func cancel(_ target: CancelTarget, account: AccountNumber) -> KISSubmission {
        let fields = [
            "CANO": account.cano, "ACNT_PRDT_CD": account.productCode, "KRX_FWDG_ORD_ORGNO": target.branch,
            "ORGN_ODNO": target.orderNumber, "ORD_DVSN": target.orderTypeCode, "RVSE_CNCL_DVSN_CD": "02",
            "ORD_QTY": "0", "ORD_UNPR": "0", "QTY_ALL_ORD_YN": "Y", "EXCG_ID_DVSN_CD": target.venue.rawValue,
        ]
        return KISSubmission(
            name: "order-rvsecncl", path: trading + "/order-rvsecncl", realTR: "TTTC0013U", paperTR: "VTTC0013U",
            fields: fields)
    }
}
