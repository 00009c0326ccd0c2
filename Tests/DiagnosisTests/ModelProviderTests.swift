import Diagnosis
import Foundation
import KISDashTestSupport
import PortfolioModel
import Storage
import Testing

/// Every fake-server case for both wire formats, through the real service, URLSession and PostgreSQL.
@Suite(.requiresDatabase) struct ModelProviderTests {
    static let providers: [DiagnosisSource] = [.gemini, .openai]

    @Test(arguments: providers)
    func goodReplyIsStoredWithProviderModelTokensAndLatency(provider: DiagnosisSource) async throws {
        let input = try Portfolios.concentrated()
        try await withHarness(provider, input: input) { h in
            h.server?.answer(.reply(groundedReply(FactSheet.compute(input))))
            let outcome = try await h.run()
            let stored = try #require(
                try await DiagnosisStore(database: h.database).latest(account: try Portfolios.account(), mode: .paper))
            #expect(
                stored.id == outcome.diagnosis.id && stored.summary == outcome.diagnosis.summary && !outcome.isReused)
            #expect(stored.source == provider && stored.provider == provider && stored.model == "test-model")
            #expect(stored.fallbackReason == nil && stored.droppedSentences == 0 && stored.modelCalled)
            #expect(stored.promptTokens == 1_200 && stored.completionTokens == 300)
            #expect(stored.latencyMilliseconds.map { $0 >= 0 } == true && stored.baseURLHost == "127.0.0.1")
            #expect(stored.summary.first?.contains("총평가금액은 11,111,111원") == true)
            #expect(stored.summary.last?.hasPrefix("※") == true, "the disclaimer is added by code")
            #expect(stored.comments.map(\.code.rawValue) == ["005930", "035720"])
            #expect(stored.factSheetHash == outcome.facts.materialHash && stored.dataAsOf == input.snapshot.confirmedAt)
            #expect(h.server?.calls == 1)
        }
    }

    @Test(arguments: providers)
    func requestCarriesTheKeyOnlyInItsHeaderAndNoAccountNumber(provider: DiagnosisSource) async throws {
        let input = try Portfolios.concentrated()
        try await withHarness(provider, input: input) { h in
            h.server?.answer(.reply(groundedReply(FactSheet.compute(input))))
            _ = try await h.run()
            let request = try #require(h.server?.requests.first)
            switch provider {
            case .gemini:
                #expect(request.path == "/v1beta/models/test-model:generateContent")
                #expect(request.headers["x-goog-api-key"] == ServiceHarness.apiKey)
            default:
                #expect(request.path == "/v1/chat/completions")
                #expect(request.headers["authorization"] == "Bearer \(ServiceHarness.apiKey)")
                #expect(request.body.contains("\"model\":\"test-model\""))
            }
            #expect(request.body.contains("11,111,111원") && request.body.contains("손절 감시 기준은 -5.00%"))
            #expect(!request.body.contains(ServiceHarness.apiKey) && !request.body.contains("50123456"))
        }
    }

    @Test(arguments: providers)
    func inventedNumberSentenceIsDropped(provider: DiagnosisSource) async throws {
        let input = try Portfolios.concentrated()
        try await withHarness(provider, input: input) { h in
            let reply = groundedReply(FactSheet.compute(input), extraSummary: ["내년 목표 수익률은 37.77%입니다."])
            h.server?.answer(.reply(reply))
            let d = try await h.run().diagnosis
            #expect(d.source == provider && d.droppedSentences == 1 && d.fallbackReason == nil)
            #expect(!(d.summary + d.risks + d.comments.map(\.text)).joined().contains("37.77"))
        }
    }

    @Test(arguments: providers)
    func mostlyInventedReplyFallsBackToTheOfflineText(provider: DiagnosisSource) async throws {
        try await withHarness(provider, input: try Portfolios.concentrated()) { h in
            h.server?.answer(
                .reply(#"{"summary": ["수익률 99.99%를 기대합니다.", "총자산은 12억 원입니다."], "risks": ["금리 4.25%"], "comments": []}"#)
            )
            let d = try await h.run().diagnosis
            #expect(d.source == .offline && d.provider == provider && d.modelCalled)
            #expect(d.fallbackReason?.hasPrefix("mostlyDropped:") == true)
            #expect(d.summary.first?.hasPrefix("총평가금액 11,111,111원 가운데") == true)
        }
    }

    @Test(arguments: providers, [FakeModelBehavior.malformedBody, .reply("{\"summary\": [\"잘린 답"), .reply("죄송합니다.")])
    func malformedReplyFallsBack(provider: DiagnosisSource, behavior: FakeModelBehavior) async throws {
        try await withHarness(provider, input: try Portfolios.concentrated()) { h in
            h.server?.answer(behavior)
            let d = try await h.run().diagnosis
            #expect(d.source == .offline && d.fallbackReason?.hasPrefix("malformedReply:") == true)
            #expect(d.promptTokens == (behavior == .malformedBody ? nil : 1_200))
        }
    }

    /// A reply the server holds until the test ends: only a timeout can end the call.
    ///
    /// The call's measured latency tells the configured 3 s from URLSession's 30 s fallback; the bound turns a
    /// timeout that never fires into a failure instead of a hang. The latency bound sits just under 30 s: a stalled
    /// 2-core CI host once delayed the 3 s timers to 20.4 s, and only 30 s or more means the wrong timeout.
    @Test(arguments: providers)
    func slowReplyTimesOutAndFallsBack(provider: DiagnosisSource) async throws {
        try await withHarness(provider, input: try Portfolios.concentrated(), timeout: .seconds(3)) { h in
            let server = try #require(h.server)
            server.answer(.held("{}"))
            let d = try await withBound("the 3 s model timeout", within: .seconds(60)) { try await h.run().diagnosis }
            #expect(server.heldCalls == 1, "the server had not answered: the timeout ended the call")
            #expect(d.source == .offline && d.fallbackReason?.hasPrefix("timeout:") == true)
            #expect(d.fallbackReason?.contains("127.0.0.1") == true && d.modelCalled)
            let latency = try #require(d.latencyMilliseconds)
            #expect(latency < 28_000, "the configured 3 s timeout, not URLSession's 30 s: \(latency) ms")
        }
    }

    @Test(
        arguments: providers,
        [(429, "rateLimited:"), (500, "serverError:"), (503, "serverError:"), (401, "httpStatus:")])
    func errorStatusFallsBack(provider: DiagnosisSource, status: (Int, String)) async throws {
        try await withHarness(provider, input: try Portfolios.concentrated()) { h in
            h.server?.answer(.status(status.0))
            let d = try await h.run().diagnosis
            #expect(d.source == .offline && d.fallbackReason?.hasPrefix(status.1) == true)
            #expect(d.fallbackReason?.contains("HTTP \(status.0)") == true)
        }
    }

    @Test(arguments: providers)
    func refusalFallsBack(provider: DiagnosisSource) async throws {
        try await withHarness(provider, input: try Portfolios.concentrated()) { h in
            h.server?.answer(.refusal)
            let d = try await h.run().diagnosis
            #expect(d.source == .offline && d.fallbackReason?.hasPrefix("refused:") == true)
        }
    }
}
