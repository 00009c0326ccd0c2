/// What the fake model server answers to the next calls.
package enum FakeModelBehavior: Sendable, Hashable {
    /// HTTP 200 with `content` as the model's message, in the wire format of the endpoint called.
    case reply(String)
    /// Holds the call unanswered until the test calls ``FakeModelServer/releaseHeldCalls()`` or the server stops,
    /// then answers like ``reply(_:)``.
    ///
    /// A model that never answers in time, without a wall-clock sleep: only the client's own timeout can end such a
    /// call, and ``FakeModelServer/heldCalls`` shows afterwards that the server had not answered.
    case held(String)
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
