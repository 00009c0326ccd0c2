/// A `msg_cd` and `msg1` pair.
package struct MessageText: Codable, Sendable, Equatable {
    package var code: String
    package var text: String

    /// Creates a pair.
    package init(_ code: String, _ text: String) {
        self.code = code
        self.text = text
    }
}

/// The real and paper answers to one refusal case, and whether they are stand-ins.
package struct OrderMessage: Codable, Sendable {
    package var real: MessageText
    package var paper: MessageText
    /// Which side's answer is constructed rather than captured from KIS (`real`, `paper`, `both`).
    package var standIn: String?
}

/// The order refusals' codes and texts in one table (SPEC §5.6–5.7).
///
/// Replaceable as a whole or per case. Real refusals go out with `rt_cd "7"`, paper ones with `rt_cd "1"`, HTTP 200.
package struct OrderMessages: Codable, Sendable {
    package var table: [OrderRefusal: OrderMessage]

    /// The message for a case on a side.
    func message(_ refusal: OrderRefusal, side: SimulatorSide) -> MessageText {
        let entry = table[refusal] ?? Self.standard.table[refusal] ?? Self.fallback
        return side == .real ? entry.real : entry.paper
    }

    private static let fallback = OrderMessage(
        real: MessageText("APBK9999", "주문이 거부되었습니다."), paper: MessageText("40999999", "모의투자 주문이 거부되었습니다."),
        standIn: "both")

    /// Accepted new orders: real `APBK0013`; paper `40600000` with a buy or sell text.
    static func accepted(_ side: SimulatorSide, orderSide: OrderSide) -> MessageText {
        if side == .real { return MessageText("APBK0013", "주문 전송 완료 되었습니다.") }
        return MessageText("40600000", orderSide == .buy ? "모의투자 매수주문이 완료 되었습니다." : "모의투자 매도주문이 완료 되었습니다.")
    }

    /// Accepted amends and cancels: real `APBK0013`; paper `40630000` cancel, `40620000` amend
    /// (the amend code is a stand-in).
    static func amended(_ side: SimulatorSide, isCancel: Bool) -> MessageText {
        if side == .real { return MessageText("APBK0013", "주문 전송 완료 되었습니다.") }
        return isCancel
            ? MessageText("40630000", "모의투자 취소주문이 완료 되었습니다.") : MessageText("40620000", "모의투자 정정주문이 완료 되었습니다.")
    }

    /// SPEC §5.7's table; `standIn` marks what no KIS capture backs.
    package static let standard = OrderMessages(table: [
        .notInSession: OrderMessage(
            real: MessageText("APBK0918", "장운영시간이 아닙니다."), paper: MessageText("40580000", "모의투자 장종료 입니다.")),
        .paperBeforeOpen: OrderMessage(
            real: MessageText("APBK0918", "장운영시간이 아닙니다."), paper: MessageText("40570000", "모의투자 장시작전 입니다.")),
        .paperAfterClose: OrderMessage(
            real: MessageText("APBK0918", "장운영시간이 아닙니다."), paper: MessageText("40580000", "모의투자 장종료 입니다.")),
        .holiday: OrderMessage(
            real: MessageText("APBK0918", "장운영시간이 아닙니다."), paper: MessageText("40100000", "모의투자 영업일이 아닙니다.")),
        .nxtAfterMarketType: OrderMessage(
            real: MessageText("APBK3013", "[애프터마켓]지정가 및 최유리/최우선지정가 주문만 가능합니다."),
            paper: MessageText("40910000", "모의투자에서는 해당업무가 제공되지 않습니다."), standIn: "paper"),
        .orderTypeNotAllowed: OrderMessage(
            real: MessageText("APBK1943", "시장가호가불가로 주문이 불가합니다."),
            paper: MessageText("40900000", "모의투자 주문구분을 확인해주세요."), standIn: "both"),
        .venueNotOnPaper: OrderMessage(
            real: MessageText("APBK9902", "거래소구분코드를 확인해주세요."),
            paper: MessageText("40910000", "모의투자에서는 해당업무가 제공되지 않습니다."), standIn: "both"),
        .tick: OrderMessage(
            real: MessageText("APBK0506", "주식주문호가단위 오류입니다."),
            paper: MessageText("40030000", "모의투자 주문처리가 안되었습니다(호가단위 오류)")),
        .aboveUpperLimit: OrderMessage(
            real: MessageText("APBK0406", "주문가격이 상한가를 초과합니다"), paper: MessageText("40270000", "모의투자 상/하한가 오류")),
        .belowLowerLimit: OrderMessage(
            real: MessageText("APBK0406", "주문가격이 하한가 미만입니다"), paper: MessageText("40270000", "모의투자 상/하한가 오류"),
            standIn: "real"),
        .insufficientCash: OrderMessage(
            real: MessageText("APBK0952", "주문가능금액을 초과 했습니다"), paper: MessageText("40250000", "모의투자 주문가능금액이 부족합니다.")),
        .insufficientQuantity: OrderMessage(
            real: MessageText("APBK0400", "주문 가능한 수량을 초과했습니다."), paper: MessageText("40240000", "모의투자 주문가능수량을 초과했습니다."),
            standIn: "paper"),
        .unknownStock: OrderMessage(
            real: MessageText("APBK0656", "해당종목정보가 없습니다"), paper: MessageText("40070000", "모의투자 해당종목정보가 없습니다."),
            standIn: "paper"),
        .badQuantity: OrderMessage(
            real: MessageText("APBK9904", "주문수량을 확인하여 주십시오."), paper: MessageText("40300000", "모의투자 주문수량을 확인하여 주십시오."),
            standIn: "both"),
        .nothingToAmend: OrderMessage(
            real: MessageText("APBK9901", "정정/취소할 수량이 없습니다."), paper: MessageText("40330000", "모의투자 정정/취소할 수량이 없습니다."),
            standIn: "real"),
        .orderNotFound: OrderMessage(
            real: MessageText("APBK9903", "원주문번호가 존재하지 않습니다."), paper: MessageText("40320000", "모의투자 원주문번호가 존재하지 않습니다"),
            standIn: "both"),
        .amendQuantityAboveOpen: OrderMessage(
            real: MessageText("APBK1359", "정정취소수량이 주문수량보다 많습니다"),
            paper: MessageText("40350000", "모의투자 정정취소수량이 주문수량보다 많습니다"), standIn: "paper"),
    ])
}
