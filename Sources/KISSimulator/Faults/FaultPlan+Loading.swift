internal import Foundation

extension FaultPlan {
    /// A fault plan from a JSON file.
    ///
    /// - Throws: ``SimulatorError/Code/invalidFaults``.
    package static func load(path: String) throws -> FaultPlan {
        do {
            return try JSONDecoder().decode(FaultPlan.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw SimulatorError(.invalidFaults, "\(path): \(error)")
        }
    }
}

extension RunningSimulator {
    /// `{"real":"http://127.0.0.1:P","paper":"http://127.0.0.1:Q","realWebSocket":"ws://127.0.0.1:R/tryitout",
    /// "paperWebSocket":"ws://127.0.0.1:S/tryitout"}`, the `--ready-file` contents.
    package var readyJSON: String {
        JSON.object([
            "real": .string(realBaseURL), "paper": .string(paperBaseURL),
            "realWebSocket": .string(realWebSocketURL), "paperWebSocket": .string(paperWebSocketURL),
        ]).text
    }
}
