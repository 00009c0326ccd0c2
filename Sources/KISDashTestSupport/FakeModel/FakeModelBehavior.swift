/// What the fake model server answers to the next calls.
package enum FakeModelBehavior: Sendable, Hashable {
    /// HTTP 200 with `content` as the model's message, in the wire format of the endpoint called.
    case reply(String)
    /// Waits `delay`, then answers like ``reply(_:)``.
    case slow(Duration, String)
    /// An error status with a short JSON body (429, 500 …).
    case status(Int)
    /// HTTP 200 whose body is not JSON at all.
    case malformedBody
    /// HTTP 200 saying the model refused (Gemini `finishReason: SAFETY`, OpenAI `refusal`).
    case refusal
}

/// One request the fake server received.
package struct FakeModelRequest: Sendable, Hashable {
    /// The path, such as `/v1beta/models/gemini-test:generateContent`.
    package var path: String
    /// Header names in lower case.
    package var headers: [String: String]
    package var body: String
}
