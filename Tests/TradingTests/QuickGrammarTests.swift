import PortfolioModel
import Testing
import Trading

@testable import KISDashCLI

@Suite struct QuickGrammarTests {
    func parse(_ line: String, venue: Venue = .krx) throws -> QuickAction {
        try QuickGrammar.parse(line.split(separator: " ").map(String.init), venue: venue, type: nil)
    }

    @Test func theSeedsCommandsParseVerbatim() throws {
        #expect(try parse("잔고조회") == .balance)
        #expect(try parse("주문내역") == .orders)
        #expect(try parse("현재가 005930 삼성전자") == .quote(StockCode("005930")!, name: "삼성전자"))
        #expect(try parse("매수 005930 삼성전자 10주") == .order(.make(.buy, "005930", "삼성전자", 10)))
        #expect(try parse("매수 005930 삼성전자 10주 52000원") == .order(.make(.buy, "005930", "삼성전자", 10, price: 52_000)))
        #expect(try parse("매도 005930 삼성전자 10주 52,000원") == .order(.make(.sell, "005930", "삼성전자", 10, price: 52_000)))
        #expect(
            try parse("취소 005930 0000117342")
                == .cancel(CancelRequest(code: StockCode("005930")!, orderNumber: "0000117342")))
        #expect(try parse("확인 XT9W") == .confirm("XT9W"))
    }

    @Test func namesMayHaveSpacesAndVenuesCarryThrough() throws {
        #expect(
            try parse("매수 069500 KODEX 200 3주 35005원", venue: .nxt)
                == .order(.make(.buy, "069500", "KODEX 200", 3, price: 35_005, venue: .nxt)))
    }

    @Test(arguments: [
        "", "잔고조회 extra", "매수 005930 삼성전자", "매수 005930 10주", "매수 005930 삼성전자 0주", "매수 005930 삼성전자 -1주",
        "매수 005930 삼성전자 10주 52000", "매수 005930 삼성전자 10주 52000원 extra", "매수 59 삼성전자 1주", "취소 005930",
        "취소 005930 12a", "송금 005930", "매수 005930 삼성전자 1.5주",
    ])
    func malformedCommandsAreUsageErrors(line: String) {
        #expect(throws: CLIError.self) { try parse(line) }
    }
}
