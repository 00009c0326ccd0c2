package import Foundation
package import HTTPTransport

/// The OpenAI-compatible chat-completions format.
///
/// `POST {base}/v1/chat/completions` with a Bearer key. llama.cpp's server and Ollama speak it too; for them the key may be absent.
package enum OpenAIWire {
    private struct Body: Encodable {
        struct Message: Encodable {
            var role: String
            var content: String
        }
        var model: String
        var messages: [Message]
        var temperature = 0.2
        var responseFormat = ["type": "json_object"]

        private enum CodingKeys: String, CodingKey {
            case model, messages, temperature
            case responseFormat = "response_format"
        }
    }

    private struct Reply: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable {
                var content: String?
                var refusal: String?
            }
            var message: Message?
            var finishReason: String?

            private enum CodingKeys: String, CodingKey {
                case message
                case finishReason = "finish_reason"
            }
        }
        struct Usage: Decodable {
            var promptTokens: Int?
            var completionTokens: Int?

            private enum CodingKeys: String, CodingKey {
                case promptTokens = "prompt_tokens"
                case completionTokens = "completion_tokens"
            }
        }
        var choices: [Choice]?
        var usage: Usage?
    }

    /// The request for `prompt`.
    /// - Throws: ``DiagnosisError`` `.configuration` if the URL cannot be built.
    package static func request(
        prompt: String, model: String, baseURL: URL, apiKey: APIKey?, timeout: Duration
    ) throws -> HTTPRequest {
        try ProviderURL.post(
            Body(model: model, messages: [.init(role: "user", content: prompt)]), to: baseURL,
            path: "/v1/chat/completions", dropping: "/v1",
            credential: apiKey.map { ("Authorization", "Bearer \($0.revealed)") }, timeout: timeout)
    }

    /// The completion in a 2xx `response`.
    /// - Throws: ``DiagnosisError`` `.refused` for a refusal or a content filter, `.malformedReply` otherwise.
    package static func completion(from response: HTTPResponse) throws -> ModelCompletion {
        guard let reply = try? JSONDecoder().decode(Reply.self, from: response.body), let choice = reply.choices?.first
        else {
            throw DiagnosisError(code: .malformedReply, message: "openai sent a body that is not chat-completions JSON")
        }
        if choice.message?.refusal != nil || choice.finishReason == "content_filter" {
            throw DiagnosisError(code: .refused, message: "openai refused to answer")
        }
        guard let text = choice.message?.content, !text.isEmpty else {
            throw DiagnosisError(code: .malformedReply, message: "openai sent an empty answer")
        }
        return ModelCompletion(
            content: text, promptTokens: reply.usage?.promptTokens, completionTokens: reply.usage?.completionTokens)
    }
}

/// URL and body helpers shared by the two wire formats.
enum ProviderURL {
    /// A JSON POST of `body` to `base` + `path` (see ``make(_:path:dropping:)``), with the `credential` header
    /// when there is an API key.
    /// - Throws: ``DiagnosisError`` `.configuration` if the URL cannot be built or the body encoded.
    static func post(
        _ body: some Encodable, to base: URL, path: String, dropping suffix: String,
        credential: (name: String, value: String)?, timeout: Duration
    ) throws -> HTTPRequest {
        var headers: HTTPHeaders = ["Content-Type": "application/json"]
        if let credential { headers.add(name: credential.name, value: credential.value) }
        return HTTPRequest(
            method: .post, url: try make(base, path: path, dropping: suffix), headers: headers, body: try json(body),
            timeout: timeout)
    }

    /// `base` + `path`, where a base that already ends in `dropping` (`…/v1`) does not repeat it.
    static func make(_ base: URL, path: String, dropping suffix: String) throws -> URL {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        if text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        guard let url = URL(string: text + path) else {
            throw DiagnosisError(code: .configuration, message: "cannot build the provider URL from the base URL")
        }
        return url
    }

    static func json(_ body: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(body)
        } catch {
            throw DiagnosisError(code: .configuration, message: "cannot encode the request body", underlying: error)
        }
    }
}
