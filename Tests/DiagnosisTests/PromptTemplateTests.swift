import Diagnosis
import Foundation
import Testing

@Suite struct PromptTemplateTests {
    @Test func repositoryTemplateFillsEveryPlaceholderWithFactsOnly() throws {
        let facts = FactSheet.compute(try Portfolios.concentrated())
        let prompt = try ServiceHarness.template().render(facts)
        #expect(!prompt.contains("{{") && prompt.contains(facts.prettyJSON))
        #expect(prompt.contains("손절 감시 기준은 -5.00%") && prompt.contains("보유 종목 코드는 005930, 035720"))
        #expect(!prompt.contains("50123456"))
        print("prompt: \(prompt.utf8.count) bytes for \(facts.holdings.count) holdings")
    }

    @Test func templatesWithoutTheFactSheetOrWithUnknownPlaceholdersAreRefused() {
        #expect(throws: DiagnosisError.self) { try PromptTemplate(text: "진단하세요.") }
        #expect(throws: DiagnosisError.self) { try PromptTemplate(text: "{{fact_sheet}} {{account_number}}") }
        #expect(throws: DiagnosisError.self) { try PromptTemplate.load(URL(fileURLWithPath: "/nonexistent/prompt.md")) }
    }
}
