package import Foundation
package import HTTPTransport

/// Gemini's `generateContent` REST format: `POST {base}/v1beta/models/{model}:generateContent`, key in the
/// `x-goog-api-key` header (never in the query string, where it would end up in access logs).
package enum GeminiWire {
    private struct Body: Encodable {
        struct Content: Encodable {
            var role = "user"
            var parts: [[String: String]]
        }
        struct Config: Encodable {
            var temperature = 0.2
            var responseMimeType = "application/json"
        }
        var contents: [Content]
        var generationConfig = Config()
    }

    private struct Reply: Decodable {
        struct Candidate: Decodable {
            struct Content: Decodable { var parts: [[String: String]]? }
            var content: Content?
            var finishReason: String?
        }
        struct Usage: Decodable {
            var promptTokenCount: Int?
            var candidatesTokenCount: Int?
        }
        struct Feedback: Decodable { var blockReason: String? }
        var candidates: [Candidate]?
        var usageMetadata: Usage?
        var promptFeedback: Feedback?
    }

    /// The request for `prompt`.
    /// - Throws: ``DiagnosisError`` `.configuration` if the URL cannot be built.
    package static func request(
        prompt: String, model: String, baseURL: URL, apiKey: APIKey?, timeout: Duration
    ) throws -> HTTPRequest {
        try ProviderURL.post(
            Body(contents: [.init(parts: [["text": prompt]])]), to: baseURL,
            path: "/v1beta/models/\(model):generateContent", dropping: "/v1beta",
            credential: apiKey.map { ("x-goog-api-key", $0.revealed) }, timeout: timeout)
    }

    /// The completion in a 2xx `response`.
    /// - Throws: ``DiagnosisError`` `.refused` for a blocked prompt or a safety stop, `.malformedReply` otherwise.
    package static func completion(from response: HTTPResponse) throws -> ModelCompletion {
        guard let reply = try? JSONDecoder().decode(Reply.self, from: response.body) else {
            throw DiagnosisError(code: .malformedReply, message: "gemini sent a body that is not generateContent JSON")
        }
        if let reason = reply.promptFeedback?.blockReason {
            throw DiagnosisError(code: .refused, message: "gemini blocked the prompt (\(reason))")
        }
        guard let candidate = reply.candidates?.first else {
            throw DiagnosisError(code: .malformedReply, message: "gemini sent no candidate")
        }
        if let reason = candidate.finishReason, !["STOP", "MAX_TOKENS"].contains(reason) {
            throw DiagnosisError(code: .refused, message: "gemini stopped with \(reason)")
        }
        let text = (candidate.content?.parts ?? []).compactMap { $0["text"] }.joined()
        guard !text.isEmpty else { throw DiagnosisError(code: .malformedReply, message: "gemini sent an empty answer") }
        return ModelCompletion(
            content: text, promptTokens: reply.usageMetadata?.promptTokenCount,
            completionTokens: reply.usageMetadata?.candidatesTokenCount)
    }
}
