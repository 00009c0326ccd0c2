import Diagnosis
import Foundation
import PortfolioModel
import Testing

@Suite struct GroundingCheckTests {
    @Test(arguments: [
        ("평가금액 3,075,000원", 3_075_000.0, 1.0, StatedNumber.Kind.amount, false),
        ("약 307만 원", 3_070_000, 10_000, .amount, false),
        ("1억 2,000만원", 120_000_000, 10_000, .amount, false),
        ("1.2억원", 120_000_000, 10_000_000, .amount, false),
        ("수익률 -3.77%", -3.77, 0.01, .rate, true),
        ("+4.7%", 4.7, 0.1, .rate, true),
        ("0.2%p 올랐다", 0.2, 0.1, .rate, false),
        ("30주", 30, 1, .plain, false),
        ("12.5 퍼센트", 12.5, 0.1, .rate, false),
    ])
    func extractsNumbersWithUnitsAndPrecision(
        text: String, value: Double, step: Double, kind: StatedNumber.Kind, signed: Bool
    ) throws {
        let n = try #require(NumberExtractor.numbers(in: text).first)
        #expect(abs(n.value - value) < 1e-6 && abs(n.step - step) < 1e-9)
        #expect(n.kind == kind && n.hasExplicitSign == signed)
    }

    @Test func datesAndCodesAreSeparateNumbersNotNegatives() {
        let numbers = NumberExtractor.numbers(in: "2025-12-04 10:30 기준 005930")
        #expect(numbers.map(\.value) == [2025, 12, 4, 10, 30, 5930])
        #expect(numbers.allSatisfy { !$0.hasExplicitSign })
    }

    @Test(arguments: [
        ("총평가금액은 11,111,111원입니다.", true),
        ("총평가금액은 약 1,111만 원입니다.", true),
        ("총평가금액은 약 1,112만 원입니다.", false),
        ("총평가금액은 0.11억 원입니다.", true),
        ("총평가금액은 1.1억 원입니다.", false),
        ("삼성전자 비중은 70%입니다.", true),
        ("삼성전자 비중은 70.0%입니다.", true),
        ("삼성전자 비중은 71%입니다.", false),
        ("수익률은 7.5%입니다.", true),
        ("수익률은 +7.53%입니다.", true),
        ("수익률은 -7.53%입니다.", false),
        ("최대 낙폭은 17.5%입니다.", true),
        ("현금 비중은 10.00%입니다.", true),
        ("집중도 HHI는 5,800입니다.", true),
        ("2개 종목을 보유합니다.", true),
        ("목표 수익률은 37.77%입니다.", false),
        ("평가손익 700,001원", false),
        ("숫자가 없는 문장입니다.", true),
    ])
    func sentencesMatchFactsAllowingFormattingAndRounding(sentence: String, grounded: Bool) throws {
        let check = GroundingCheck(facts: FactSheet.compute(try Portfolios.concentrated()))
        #expect(check.isGrounded(sentence) == grounded, "\(sentence)")
    }

    @Test func inventedSentencesAreDroppedAndMissingCommentsFilledFromTheRules() throws {
        let facts = FactSheet.compute(try Portfolios.concentrated())
        let reply = ModelReplyText(
            summary: ["총평가금액은 11,111,111원입니다. 목표 수익률은 37.77%입니다.", "현금 비중은 10%입니다."],
            risks: ["삼성전자 비중이 70.00%로 높습니다."],
            comments: [.init(code: "005930", text: "평가손익은 +700,000원입니다."), .init(code: "999999", text: "없는 종목입니다.")])
        let result = GroundingCheck(facts: facts).check(reply)
        #expect(result.text.summary == ["총평가금액은 11,111,111원입니다.", "현금 비중은 10%입니다."])
        #expect(result.dropped == 2 && result.sentences == 6 && !result.isMostlyDropped)
        #expect(result.droppedSentences.first == "목표 수익률은 37.77%입니다.")
        #expect(result.text.comments.map(\.code.rawValue) == ["005930", "035720"])
        #expect(result.text.comments.last?.text == OfflineDiagnosis.text(for: facts).comments.last?.text)
    }

    @Test func replyParsingToleratesFencesStringsAndTextKeys() throws {
        let content = """
            ```json
            {"summary": "첫 문단.\\n\\n둘째 문단.", "risks": ["위험"], "comments": [{"code": "005930", "text": "의견"}]}
            ```
            """
        let reply = try ModelReplyText.parse(content)
        #expect(reply.summary == ["첫 문단.", "둘째 문단."] && reply.comments.first?.text == "의견")
        #expect(throws: DiagnosisError.self) { try ModelReplyText.parse("죄송합니다. 도와드릴 수 없습니다.") }
        #expect(throws: DiagnosisError.self) { try ModelReplyText.parse("{\"summary\": [\"잘린") }
    }
}
