import Foundation
import Logging
import PortfolioModel

extension DiagnosisService {
    /// Asks the model, checks its reply, and falls back to the offline text (with the reason) on any failure.
    func askModel(_ facts: FactSheet, hash: String, input: FactSheetInput, now: Date) async throws -> StoredDiagnosis {
        guard let client = deps.client, let template = deps.template else {
            return offline(facts, hash: hash, input: input, now: now, reason: "configuration: no model client")
        }
        let clock = ContinuousClock()
        let start = clock.now
        var completion: ModelCompletion?
        var record: StoredDiagnosis
        do {
            let reply = try await client.complete(template.render(facts))
            completion = reply
            let checked = GroundingCheck(facts: facts).check(try ModelReplyText.parse(reply.content))
            if !checked.droppedSentences.isEmpty {
                logger.info("diagnosis: dropped ungrounded sentences", metadata: ["count": "\(checked.dropped)"])
            }
            guard !checked.isMostlyDropped else {
                throw DiagnosisError(
                    code: .mostlyDropped,
                    message: "the grounding check dropped \(checked.dropped) of \(checked.sentences) sentences")
            }
            let text = DiagnosisNotes.adding(to: checked.text, facts)
            record = offline(facts, hash: hash, input: input, now: now, reason: nil)
            record.source = client.provider
            record.summary = text.summary
            record.risks = text.risks
            record.comments = text.comments
            record.droppedSentences = checked.dropped
        } catch let error as DiagnosisError {
            record = offline(facts, hash: hash, input: input, now: now, reason: error.fallbackReason)
        }
        let elapsedTime = start.duration(to: clock.now)
        record.modelCalled = true
        record.latencyMilliseconds = Int(elapsedTime.inSeconds * 1_000)
        record.promptTokens = completion?.promptTokens
        record.completionTokens = completion?.completionTokens
        return record
    }
}
