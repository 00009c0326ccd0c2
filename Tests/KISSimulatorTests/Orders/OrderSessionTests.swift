import Testing

@testable import KISSimulator

/// One order sent at one moment and what KIS answers (SPEC §4.2, §5.7).
struct SessionCase: Sendable, CustomTestStringConvertible {
    var time: String
    var side: SimulatorSide
    var venue: String
    var type: String
    var price: Int
    /// `msg_cd` expected.
    var code: String
    /// Expected `msg1`, when it matters.
    var message: String? = nil
    var testDescription: String { "\(side.rawValue) \(venue) \(type) at \(time) → \(code)" }
}

@Suite struct OrderSessionTests {
    static let day = "2025-12-04T"
    static let cases: [SessionCase] = [
        SessionCase(
            time: "08:20:00", side: .real, venue: "KRX", type: "00", price: 9_980, code: "APBK0918",
            message: "장운영시간이 아닙니다.(장개시전 주문불가시간)"),
        SessionCase(time: "08:20:00", side: .paper, venue: "KRX", type: "00", price: 9_980, code: "40570000"),
        SessionCase(time: "08:35:00", side: .real, venue: "KRX", type: "00", price: 9_980, code: "APBK0013"),
        SessionCase(time: "08:35:00", side: .paper, venue: "KRX", type: "01", price: 0, code: "40600000"),
        SessionCase(time: "08:35:00", side: .real, venue: "KRX", type: "05", price: 0, code: "APBK0013"),
        SessionCase(time: "10:00:00", side: .real, venue: "KRX", type: "06", price: 0, code: "APBK0918"),
        SessionCase(time: "10:00:00", side: .paper, venue: "KRX", type: "06", price: 0, code: "40900000"),
        SessionCase(
            time: "15:35:00", side: .real, venue: "KRX", type: "02", price: 9_980, code: "APBK0918",
            message: "장운영시간이 아닙니다.(장종료동시마감(129) 주문불가시간)"),
        SessionCase(time: "15:35:00", side: .paper, venue: "KRX", type: "00", price: 9_980, code: "40580000"),
        SessionCase(time: "15:35:00", side: .real, venue: "KRX", type: "06", price: 0, code: "APBK0013"),
        SessionCase(time: "18:30:00", side: .paper, venue: "KRX", type: "00", price: 9_980, code: "40580000"),
        SessionCase(
            time: "08:10:00", side: .real, venue: "NXT", type: "01", price: 0, code: "APBK0918",
            message: "장운영시간이 아닙니다.([프리마켓] 시장가 매매 불가 시간)"),
        SessionCase(time: "08:10:00", side: .real, venue: "NXT", type: "00", price: 9_980, code: "APBK0013"),
        SessionCase(time: "08:10:00", side: .real, venue: "SOR", type: "01", price: 0, code: "APBK0918"),
        SessionCase(time: "08:10:00", side: .real, venue: "SOR", type: "03", price: 0, code: "APBK0013"),
        SessionCase(time: "08:55:00", side: .real, venue: "NXT", type: "00", price: 9_980, code: "APBK0918"),
        SessionCase(time: "10:00:00", side: .real, venue: "NXT", type: "01", price: 0, code: "APBK1943"),
        SessionCase(time: "10:00:00", side: .real, venue: "NXT", type: "13", price: 0, code: "APBK0013"),
        SessionCase(time: "10:00:00", side: .real, venue: "SOR", type: "02", price: 9_980, code: "APBK1943"),
        SessionCase(
            time: "16:00:00", side: .real, venue: "NXT", type: "01", price: 0, code: "APBK3013",
            message: "[애프터마켓]지정가 및 최유리/최우선지정가 주문만 가능합니다."),
        SessionCase(time: "19:59:00", side: .real, venue: "NXT", type: "00", price: 9_980, code: "APBK0013"),
        SessionCase(time: "20:00:00", side: .real, venue: "NXT", type: "00", price: 9_980, code: "APBK0918"),
        SessionCase(time: "10:00:00", side: .paper, venue: "NXT", type: "00", price: 9_980, code: "40910000"),
        SessionCase(time: "10:00:00", side: .paper, venue: "SOR", type: "00", price: 9_980, code: "40910000"),
    ]

    @Test(arguments: cases)
    func sessionAndVenueDecideWhetherTheOrderIsTaken(_ c: SessionCase) async throws {
        let h = try OrderScenario.harness(Self.day + c.time + "+09:00")
        let reply = await h.order(c.side, OrderScenario.thin, qty: 1, price: c.price, type: c.type, venue: c.venue)
        #expect(reply.status == 200)
        #expect(reply.code == c.code, "\(reply.message)")
        if let message = c.message { #expect(reply.message == message) }
        let accepted = c.code == "APBK0013" || c.code == "40600000"
        #expect(reply.rtCode == (accepted ? "0" : c.side == .real ? "7" : "1"))
        #expect((reply.json["output"] != nil) == accepted)
    }

    @Test(arguments: [SimulatorSide.real, .paper])
    func nonTradingDayIsRefused(_ side: SimulatorSide) async throws {
        let h = try OrderScenario.harness("2025-12-06T10:00:00+09:00")
        let reply = await h.order(side, OrderScenario.thin, qty: 1, price: 9_980)
        #expect(reply.code == (side == .real ? "APBK0918" : "40100000"))
        #expect(reply.message == (side == .real ? "장운영시간이 아닙니다.(휴장일)" : "모의투자 영업일이 아닙니다."))
    }

    @Test func oldTRIDsAreKRXOnly() async throws {
        let h = try OrderScenario.harness("2025-12-04T08:10:00+09:00")
        let reply = await h.order(.real, OrderScenario.thin, qty: 1, price: 9_980, venue: "NXT", trID: "TTTC0802U")
        #expect(reply.code == "APBK0918", "KRX is closed at 08:10, NXT would take it")
    }

    @Test func sessionTimesAreData() async throws {
        var rules = OrderRules.standard
        rules.schedule.sessions = rules.schedule.sessions.map { session in
            var copy = session
            if copy.venue == .krx && copy.name == "정규장" { copy.start = "10:00" }
            return copy
        }
        var scenario = OrderScenario.make()
        scenario.orderRules = rules
        let h = try SimHarness(scenario: scenario, now: "2025-12-04T09:30:00+09:00")
        #expect(await h.order(.real, OrderScenario.thin, qty: 1, price: 9_980).code == "APBK0918")
        await h.control.setClock(try #require(KSTTime(parsing: "2025-12-04T10:00:00+09:00")))
        #expect(await h.order(.real, OrderScenario.thin, qty: 1, price: 9_980).code == "APBK0013")
    }
}
