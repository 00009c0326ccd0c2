/// A model's answer to one prompt: the message content and the token counts the provider reported.
package struct ModelCompletion: Sendable, Hashable {
    /// The message text (expected to hold the JSON reply).
    package var content: String
    package var promptTokens: Int?
    package var completionTokens: Int?

    /// Creates a completion.
    package init(content: String, promptTokens: Int? = nil, completionTokens: Int? = nil) {
        self.content = content
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}
