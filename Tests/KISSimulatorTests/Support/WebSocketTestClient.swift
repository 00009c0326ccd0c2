import Foundation

@testable import KISSimulator

/// A WebSocket client for the simulator tests: frames received are kept in order and read with a
/// short bounded wait; frames are sent through a command stream.
struct WebSocketTestClient: Sendable {
    enum Command: Sendable {
        case text(String)
        case pong(String)
        case close
    }

    /// Received text frames and whether the connection ended.
    actor Inbox {
        var frames: [String] = []
        var isClosed = false
        func append(_ frame: String) { frames.append(frame) }
        func close() { isClosed = true }
        func take() -> String? { frames.isEmpty ? nil : frames.removeFirst() }
    }

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    let inbox: Inbox
    let commands: AsyncStream<Command>.Continuation

    /// Sends a text frame.
    func send(_ text: String) { commands.yield(.text(text)) }

    /// Sends a pong control frame carrying `text` (OTA's answer to PINGPONG).
    func pong(_ text: String) { commands.yield(.pong(text)) }

    /// The next text frame, waiting at most `seconds`.
    func next(within seconds: Double = 45) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if let frame = await inbox.take() { return frame }
            if await inbox.isClosed { throw Timeout(description: "connection closed") }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw Timeout(description: "no frame within \(seconds) s")
    }

    /// The next frame that is not PINGPONG (a loaded machine can see a periodic ping before the frame it waits for).
    func nextData(within seconds: Double = 45) async throws -> String {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            let left = max(0.01, Double((deadline - ContinuousClock.now).components.seconds))
            let text = try await next(within: left)
            if !text.contains("\"PINGPONG\"") { return text }
        }
    }

    /// The next control frame that is not PINGPONG, as JSON (a slow machine can see a periodic ping first).
    func nextJSON(within seconds: Double = 45) async throws -> [String: Any] {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while true {
            let left = max(0.01, Double((deadline - ContinuousClock.now).components.seconds))
            let text = try await next(within: left)
            if text.contains("\"PINGPONG\"") { continue }
            return (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
        }
    }

    /// Whether the connection ends within `seconds`.
    func closes(within seconds: Double = 5) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            if await inbox.isClosed { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    /// Frames other than PINGPONG that arrive within `seconds` (a bounded quiet period).
    ///
    /// With `atLeast`, it first waits (at most 10 s) until that many such frames have arrived, so a loaded
    /// machine does not turn a slow frame into a missing one; the quiet period then collects any extra frames.
    func drain(for seconds: Double, atLeast minimum: Int = 0) async -> [String] {
        var frames: [String] = []
        func take() async {
            while let frame = await inbox.take() {
                if !frame.contains("\"PINGPONG\"") { frames.append(frame) }
            }
        }
        let deadline = ContinuousClock.now + .seconds(10)
        while frames.count < minimum && ContinuousClock.now < deadline {
            await take()
            if frames.count < minimum { try? await Task.sleep(for: .milliseconds(10)) }
        }
        try? await Task.sleep(for: .seconds(seconds))
        await take()
        return frames
    }
}

/// A subscribe (`register`) or unsubscribe message as KIS clients send it (SPEC §7.2).
func subscribeMessage(_ approvalKey: String, _ trID: String, _ trKey: String, register: Bool = true) -> String {
    #"{"header":{"approval_key":"\#(approvalKey)","custtype":"P","tr_type":"\#(register ? "1" : "2")","content-type":"utf-8"},"body":{"input":{"tr_id":"\#(trID)","tr_key":"\#(trKey)"}}}"#
}

extension SimulatorControl {
    /// Waits (at most 20 s: a loaded machine) until the server has registered `count` sessions: a client's connect
    /// returns before the server's handler has run.
    func awaitWebSocketSessions(_ count: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while await webSocketSessions().count != count {
            guard ContinuousClock.now < deadline else {
                throw WebSocketTestClient.Timeout(description: "\(count) sessions not registered")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
