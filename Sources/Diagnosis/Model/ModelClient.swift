package import Foundation
package import HTTPTransport
package import PortfolioModel

/// Sends a prompt to the configured model provider and returns its completion.
///
/// Every failure becomes a ``DiagnosisError`` whose message names the provider and host only: HTTP 429 is
/// `.rateLimited`, 5xx `.serverError`, no reply in time `.timeout`.
package struct ModelClient: Sendable {
    package var provider: DiagnosisSource
    package var model: String
    package var baseURL: URL
    package var timeout: Duration
    private let apiKey: APIKey?
    private let transport: any HTTPTransport

    /// Creates a client for `provider` (`.gemini` or `.openai`).
    package init(
        provider: DiagnosisSource, model: String, baseURL: URL, apiKey: APIKey?, timeout: Duration,
        transport: any HTTPTransport
    ) {
        self.provider = provider
        self.model = model
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.timeout = timeout
        self.transport = transport
    }

    /// Sends `prompt`.
    /// - Throws: ``DiagnosisError`` (`.timeout`, `.rateLimited`, `.serverError`, `.httpStatus`, `.transport`,
    ///   `.malformedReply`, `.refused`, `.configuration`), or `CancellationError`.
    package func complete(_ prompt: String) async throws -> ModelCompletion {
        let name = "\(provider) at \(baseURL.host ?? "?")"
        let request =
            provider == .gemini
            ? try GeminiWire.request(prompt: prompt, model: model, baseURL: baseURL, apiKey: apiKey, timeout: timeout)
            : try OpenAIWire.request(prompt: prompt, model: model, baseURL: baseURL, apiKey: apiKey, timeout: timeout)
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as HTTPTransportError {
            if error.code == .cancelled { throw CancellationError() }
            throw DiagnosisError(
                code: error.code == .timeout ? .timeout : .transport,
                message: error.code == .timeout
                    ? "\(name) gave no reply within \(timeout)"
                    : "\(name) could not be reached (\(error.code.rawValue))",
                underlying: error)
        }
        switch response.status {
        case 200..<300:
            return provider == .gemini
                ? try GeminiWire.completion(from: response) : try OpenAIWire.completion(from: response)
        case 429: throw DiagnosisError(code: .rateLimited, message: "\(name) answered HTTP 429 (rate limit or quota)")
        case 500..<600: throw DiagnosisError(code: .serverError, message: "\(name) answered HTTP \(response.status)")
        default: throw DiagnosisError(code: .httpStatus, message: "\(name) answered HTTP \(response.status)")
        }
    }
}
