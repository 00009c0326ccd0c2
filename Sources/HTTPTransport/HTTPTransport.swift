/// Sends one HTTP request and returns the whole response.
///
/// Everything that talks to the network (the KIS client, the LLM client) goes through this protocol, so tests
/// can script responses with a fake and the live implementation can be swapped without touching callers.
package protocol HTTPTransport: Sendable {
    /// Sends `request` and waits for the complete response.
    ///
    /// Any HTTP status is a response, not an error: callers decide what a 4xx or 5xx means.
    /// - Parameter request: The request to send.
    /// - Returns: The status, headers and body.
    /// - Throws: ``HTTPTransportError`` when no response arrives (timeout, connection failure, cancellation).
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
