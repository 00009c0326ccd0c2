import Diagnosis
import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@Suite(.requiresDatabase) struct CostControlTests {
    @Test(arguments: [DiagnosisSource.gemini, .openai])
    func secondRunWithTheSameFactsMakesNoCall(provider: DiagnosisSource) async throws {
        let input = try Portfolios.concentrated()
        try await withHarness(provider, input: input) { h in
            h.server?.answer(.reply(groundedReply(FactSheet.compute(input))))
            let first = try await h.run()
            h.advance(minutes: 5)  // a later sync confirmed the same account: only the clock moved
            let second = try await h.run()
            #expect(h.server?.calls == 1)
            #expect(second.isReused && second.diagnosis.id == first.diagnosis.id)
            let rows = try await h.database.withConnection {
                try $0.query("SELECT count(*) FROM ai_diagnosis", as: Int.self)
            }
            #expect(rows == [1])
        }
    }

    @Test func changedFactsWithinTheIntervalGetTheOfflineTextAndAfterItAModelCall() async throws {
        let input = try Portfolios.concentrated()
        try await withHarness(.gemini, input: input, interval: .seconds(3_600)) { h in
            h.server?.answer(.reply(groundedReply(FactSheet.compute(input))))
            _ = try await h.run()
            h.advance(minutes: 10)
            h.input.set { $0.snapshot.holdings[0].currentPrice = KRW(100_500) }
            let blocked = try await h.run().diagnosis
            #expect(h.server?.calls == 1 && blocked.source == .offline && !blocked.modelCalled)
            #expect(
                blocked.fallbackReason == "interval: the last model call was 10 min ago; at most one call per 60 min")
            h.advance(minutes: 55)
            h.input.set {
                $0.snapshot.confirmedAt = $0.now; $0.snapshot.holdings[0].currentPrice = KRW(101_000)
            }
            let next = try await h.run()
            #expect(h.server?.calls == 2 && next.diagnosis.source == .gemini)
        }
    }

    @Test func offlineProviderNeverCallsAndKeepsItsDiagnosisWhileFactsStay() async throws {
        try await withHarness(.offline, input: try Portfolios.allLosses()) { h in
            let first = try await h.run()
            let second = try await h.run()
            #expect(h.server?.calls == 0 && second.isReused && first.diagnosis.source == .offline)
            #expect(first.diagnosis.fallbackReason == nil && first.diagnosis.model == nil)
        }
    }

    @Test func aMissingKeyIsRecordedAndTheModelNeverAsked() async throws {
        try await withHarness(.gemini, input: try Portfolios.oneHolding()) { h in
            let d = try await h.run(problem: "GEMINI_API_KEY is not set").diagnosis
            #expect(h.server?.calls == 0 && d.source == .offline)
            #expect(d.fallbackReason == "configuration: GEMINI_API_KEY is not set")
        }
    }

    @Test func planReusesOnlyAnswersForTheSameFactsProviderAndModel() throws {
        let settings = DiagnosisSettings(provider: .gemini, model: "m", minimumInterval: .seconds(600))
        let now = try Portfolios.moment()
        let latest = StoredDiagnosis(
            createdAt: now, dataAsOf: now, source: .gemini, provider: .gemini, model: "m", modelCalled: true,
            factSheetHash: "h", factSheetJSON: "{}", summary: [], risks: [], comments: [])
        func plan(_ s: DiagnosisSettings, _ hash: String, _ last: Date?) -> DiagnosisPlan {
            .decide(settings: s, hash: hash, latest: latest, lastModelCall: last, now: now, problem: nil)
        }
        #expect(plan(settings, "h", now) == .reuse(latest))
        var other = settings
        other.model = "other"
        #expect(plan(other, "h", nil) == .callModel)
        #expect(plan(settings, "x", nil) == .callModel)
        #expect(plan(settings, "x", now.addingTimeInterval(-601)) == .callModel)
        guard case .offline(let reason?) = plan(settings, "x", now.addingTimeInterval(-60)) else {
            Issue.record("expected the interval rule")
            return
        }
        #expect(reason.hasPrefix("interval:"))
    }
}
