import Foundation
import Testing

@testable import KISSimulator

@Suite struct OrderRulesDecodingTests {
    @Test func scenarioJSONCanOverrideOneMessageAndTheFillModel() throws {
        let text = #"""
            {"messages":{"table":{"nothingToAmend":{"real":{"code":"APBK0999","text":"없음"},
              "paper":{"code":"40330000","text":"모의투자 정정/취소할 수량이 없습니다."}}}},
             "fills":{"participation":0.5}}
            """#
        let rules = try JSONDecoder().decode(OrderRules.self, from: Data(text.utf8))
        #expect(rules.messages.message(.nothingToAmend, side: .real).code == "APBK0999")
        #expect(rules.messages.message(.tick, side: .real).code == "APBK0506")
        #expect(rules.fills.cap(100) == 50)
        #expect(rules.schedule.sessions.count == SessionSchedule.standard.sessions.count)
        let round = try JSONDecoder().decode(OrderRules.self, from: JSONEncoder().encode(OrderRules.standard))
        #expect(round.schedule.open(.nxt, at: 8 * 3600 + 600).first?.name == "프리마켓")
    }
}
