import PortfolioModel
import Trading

/// The seed's quick commands, read word by word (`실전 매수 005930 삼성전자 10주 52000원`).
enum QuickAction: Equatable {
    case balance
    case quote(StockCode, name: String?)
    case orders
    case order(OrderRequest)
    case cancel(CancelRequest)
    case confirm(String)
}

/// Parses the words after `실전` / `모의`; a stock name may have spaces (`SK 하이닉스`, `KODEX 200`).
enum QuickGrammar {
    /// The usage lines, also printed on an unreadable command.
    static let usage = """
        잔고조회 | 현재가 {종목코드} {종목명} | 주문내역 | 매수 {종목코드} {종목명} {수량}주 [{가격}원] | \
        매도 {종목코드} {종목명} {수량}주 [{가격}원] | 취소 {종목코드} {주문번호} | 확인 {코드}
        """

    /// The action the words ask for.
    /// - Throws: ``CLIError/configuration(_:)`` (exit 64) naming what is wrong.
    static func parse(_ words: [String], venue: Venue, type: OrderType?) throws -> QuickAction {
        guard let verb = words.first else { throw usageError("a command is missing") }
        let rest = Array(words.dropFirst())
        switch verb {
        case "잔고조회": try expect(rest.isEmpty, "잔고조회 takes no arguments"); return .balance
        case "주문내역": try expect(rest.isEmpty, "주문내역 takes no arguments"); return .orders
        case "현재가":
            let code = try stockCode(rest.first)
            return .quote(code, name: rest.count > 1 ? rest.dropFirst().joined(separator: " ") : nil)
        case "매수", "매도":
            return .order(try order(verb == "매수" ? .buy : .sell, rest, venue: venue, type: type))
        case "취소":
            try expect(rest.count == 2, "취소 takes {종목코드} {주문번호}")
            let number = rest[1]
            try expect(
                !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber),
                "\(number) is not an order number")
            return .cancel(CancelRequest(code: try stockCode(rest[0]), orderNumber: number))
        case "확인":
            try expect(rest.count == 1, "확인 takes the 4-character code")
            return .confirm(rest[0])
        default:
            throw usageError("unknown quick command \(verb)")
        }
    }

    private static func order(_ side: Side, _ words: [String], venue: Venue, type: OrderType?) throws -> OrderRequest {
        let code = try stockCode(words.first)
        guard let q = words.firstIndex(where: { $0.hasSuffix("주") }), q >= 2 else {
            throw usageError("\(side.koreanLabel) needs {종목코드} {종목명} {수량}주")
        }
        let name = words[1..<q].joined(separator: " ")
        let quantity = try number(words[q], unit: "주")
        var price: KRW?
        if q + 1 < words.count {
            try expect(q + 2 == words.count && words[q + 1].hasSuffix("원"), "after {수량}주 only {가격}원 may follow")
            price = KRW(try number(words[q + 1], unit: "원"))
        }
        let orderType = type ?? (price == nil ? .market : .limit)
        return OrderRequest(
            side: side, code: code, name: name, quantity: quantity, orderType: orderType, price: price, venue: venue)
    }

    /// `10주` → 10, `52,000원` → 52000.
    static func number(_ word: String, unit: String) throws -> Int64 {
        let digits = word.dropLast(unit.count).filter { $0 != "," }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(digits), value > 0
        else { throw usageError("\(word) must be a positive whole number followed by \(unit)") }
        return value
    }

    static func stockCode(_ word: String?) throws -> StockCode {
        guard let word, let code = StockCode(word) else {
            throw usageError("\(word ?? "a stock code") is not a stock code")
        }
        return code
    }

    private static func expect(_ condition: Bool, _ message: String) throws {
        if !condition { throw usageError(message) }
    }

    private static func usageError(_ message: String) -> CLIError {
        CLIError.configuration("\(message); usage: kisdash 실전|모의 \(usage)")
    }
}
