import Diagnosis
import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@Suite(.requiresDatabase) struct SecretTests {
    @Test(arguments: [DiagnosisSource.gemini, .openai])
    func theAPIKeyNeverAppearsInStoredRowsOrErrors(provider: DiagnosisSource) async throws {
        let input = try Portfolios.concentrated()
        try await withHarness(provider, input: input) { h in
            let behaviors: [FakeModelBehavior] = [
                .reply(groundedReply(FactSheet.compute(input))), .status(401), .status(429), .malformedBody, .refusal,
                .held("{}"),
            ]
            // The held reply ends in the client's timeout: a short one for that call, the harness's long one (a
            // loaded machine's slow answers are no timeouts) for the others.
            let timingOut = ServiceHarness(
                database: h.database, input: h.input,
                settings: ServiceHarness.settings(provider, server: h.server, timeout: .seconds(1)), server: h.server,
                now: h.now)
            var reasons: [String] = []
            for (i, behavior) in behaviors.enumerated() {
                h.server?.answer(behavior)
                h.input.set { $0.snapshot.holdings[0].currentPrice = KRW(100_000 + Int64(i) * 100) }
                let harness = behavior == .held("{}") ? timingOut : h
                reasons.append(
                    try await withBound("the diagnosis with \(behavior)") {
                        try await harness.run().diagnosis.fallbackReason ?? ""
                    })
            }
            #expect(h.server?.calls == behaviors.count)
            #expect(reasons.last?.hasPrefix("timeout:") == true, "the held reply timed out: \(reasons.last ?? "")")
            let stored = try await h.storedText()
            #expect(stored.contains("11,1") && !stored.contains(ServiceHarness.apiKey) && !stored.contains("50123456"))
            #expect(!reasons.joined().contains(ServiceHarness.apiKey))
            let key = APIKey(ServiceHarness.apiKey)
            #expect("\(key)" == "<redacted>" && String(reflecting: key) == "APIKey(<redacted>)")
            let request = try #require(h.server?.requests.first)
            let asSent = HTTPHeaders(request.headers.map { ($0.key, $0.value) })
            #expect(!Redaction.headers(asSent).contains(ServiceHarness.apiKey), "the request log masks the key header")
        }
    }

    @Test func settingsErrorsNameTheVariableNeverItsValue() {
        let error = #expect(throws: DiagnosisError.self) {
            try DiagnosisSettings.fromEnvironment(["KISDASH_AI_BASE_URL": "ftp://user:pw@host"])
        }
        #expect(
            error?.description.contains("KISDASH_AI_BASE_URL") == true && error?.description.contains("pw") == false)
        #expect(throws: DiagnosisError.self) { try DiagnosisSettings(provider: .gemini).validate() }
    }

    @Test func environmentFillsTheSettings() throws {
        let s = try DiagnosisSettings.fromEnvironment([
            "KISDASH_AI_PROVIDER": "OpenAI", "KISDASH_AI_MODEL": "llama3",
            "KISDASH_AI_BASE_URL": "http://127.0.0.1:11434",
            "KISDASH_AI_TIMEOUT_SECONDS": "12", "KISDASH_AI_MIN_INTERVAL_MINUTES": "30",
            "KISDASH_AI_LOSS_THRESHOLD": "7.5",
        ])
        #expect(s.provider == .openai && s.model == "llama3" && s.baseURL?.port == 11434)
        #expect(s.timeout == .seconds(12) && s.minimumInterval == .seconds(1_800))
        #expect(s.lossThreshold == Percent(hundredths: -750) && s.resolvedAPIKeyVariable == "OPENAI_API_KEY")
        try s.validate()
    }
}
