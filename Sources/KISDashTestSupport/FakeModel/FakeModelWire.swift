import Foundation

/// The two provider wire formats, as the fake server writes them.
enum FakeModelWire {
    static let promptTokens = 1_200
    static let completionTokens = 300

    static func isGemini(_ path: String) -> Bool { path.hasSuffix(":generateContent") }
    static func isOpenAI(_ path: String) -> Bool { path.hasSuffix("/v1/chat/completions") }

    /// The 200 body carrying `content` for the endpoint at `path`.
    static func reply(_ content: String, path: String) -> Data {
        let object: [String: Any] =
            isGemini(path)
            ? [
                "candidates": [
                    ["content": ["role": "model", "parts": [["text": content]]], "finishReason": "STOP", "index": 0]
                ],
                "usageMetadata": [
                    "promptTokenCount": promptTokens, "candidatesTokenCount": completionTokens,
                    "totalTokenCount": promptTokens + completionTokens,
                ],
            ]
            : [
                "id": "chatcmpl-fake", "object": "chat.completion", "model": "fake",
                "choices": [
                    ["index": 0, "message": ["role": "assistant", "content": content], "finish_reason": "stop"]
                ],
                "usage": [
                    "prompt_tokens": promptTokens, "completion_tokens": completionTokens,
                    "total_tokens": promptTokens + completionTokens,
                ],
            ]
        return json(object)
    }

    /// A refusal for the endpoint at `path`.
    static func refusal(path: String) -> Data {
        isGemini(path)
            ? json(["candidates": [["finishReason": "SAFETY", "index": 0]]])
            : json([
                "choices": [
                    [
                        "index": 0, "message": ["role": "assistant", "content": NSNull(), "refusal": "I can't help."],
                        "finish_reason": "stop",
                    ]
                ]
            ])
    }

    /// An error body.
    static func error(_ status: Int) -> Data {
        json(["error": ["code": status, "message": "fake model server error \(status)"]])
    }

    private static func json(_ object: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    }
}
