import Foundation
import KISDashTestSupport

@testable import KISSimulator

/// A WebSocket client for the simulator tests: frames received are kept in order, and reads wait for them as
/// events (each wait is bounded, so "never" fails instead of hanging); frames are sent through a command stream.
struct WebSocketTestClient: Sendable {
    enum Command: Sendable {
        case text(String)
        case pong(String)
        case close
    }

    /// What the connection has received so far.
    struct Received: Sendable {
        /// Text frames not read yet, in order.
        var unread: [String] = []
        /// Every text frame received, read or not.
        var count = 0
        var isClosed = false
    }

    /// Received text frames and whether the connection ended; readers wait on it.
    final class Inbox: Sendable {
        private let received = Watched(Received())

        func append(_ frame: String) {
            received.update {
                $0.unread.append(frame)
                $0.count += 1
            }
        }

        func close() { received.update { $0.isClosed = true } }

        var isClosed: Bool { received.value.isClosed }

        /// Takes the oldest unread frame.
        func take() -> String? { received.update { $0.unread.isEmpty ? nil : $0.unread.removeFirst() } }

        /// Takes every unread frame.
        func takeAll() -> [String] {
            received.update { received in
                defer { received.unread.removeAll() }
                return received.unread
            }
        }

        /// Waits until `isMet` holds for what has been received.
        func wait(for what: String, within seconds: Double, until isMet: @escaping @Sendable (Received) -> Bool)
            async throws
        {
            try await received.wait(for: what, within: .seconds(seconds), until: isMet)
        }
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
        try await inbox.wait(for: "a frame", within: seconds) { !$0.unread.isEmpty || $0.isClosed }
        guard let frame = inbox.take() else { throw Timeout(description: "connection closed") }
        return frame
    }

    /// The next frame that is not PINGPONG (a loaded machine can see a periodic ping before the frame it waits for).
    ///
    /// `seconds` bounds the whole wait: a ping every 10 s would otherwise restart each frame's bound for ever.
    func nextData(within seconds: Double = 45) async throws -> String {
        try await withBound("a frame other than PINGPONG", within: .seconds(seconds)) {
            while true {
                let text = try await next(within: seconds)
                if !text.contains("\"PINGPONG\"") { return text }
            }
        }
    }

    /// The next control frame that is not PINGPONG, as JSON (a slow machine can see a periodic ping first).
    func nextJSON(within seconds: Double = 45) async throws -> [String: Any] {
        let text = try await nextData(within: seconds)
        return (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
    }

    /// Whether the connection ends within `seconds`.
    func closes(within seconds: Double = 45) async -> Bool {
        (try? await inbox.wait(for: "the connection to end", within: seconds) { $0.isClosed }) != nil
    }

    /// Every frame other than PINGPONG that the simulator has queued to this connection, exactly; the simulator
    /// must have no other connection.
    ///
    /// The state first publishes what its clock has reached (what its next pulse would send). Its count of frames
    /// queued to the session then says how many to wait for, or, once the session is gone (dropped), the end of the
    /// connection does. No quiet period: a frame the server has not queued cannot arrive later.
    /// - Throws: ``Timeout`` when the simulator has more than one connection; ``WaitTimeout`` after `seconds`.
    func drain(queuedBy control: SimulatorControl, within seconds: Double = 45) async throws -> [String] {
        await control.publishRealTime()
        let sessions = await control.webSocketSessions()
        guard sessions.count <= 1 else { throw Timeout(description: "\(sessions.count) connections to drain") }
        let queued = sessions.first?.framesSent
        let what = queued.map { "\($0) queued frames" } ?? "the dropped connection's end"
        try await inbox.wait(for: what, within: seconds) { received in
            if received.isClosed { return true }
            guard let queued else { return false }
            return received.count >= queued
        }
        return inbox.takeAll().filter { !$0.contains("\"PINGPONG\"") }
    }
}

/// A subscribe (`register`) or unsubscribe message as KIS clients send it (SPEC §7.2).
func subscribeMessage(_ approvalKey: String, _ trID: String, _ trKey: String, register: Bool = true) -> String {
    #"{"header":{"approval_key":"\#(approvalKey)","custtype":"P","tr_type":"\#(register ? "1" : "2")","content-type":"utf-8"},"body":{"input":{"tr_id":"\#(trID)","tr_key":"\#(trKey)"}}}"#
}

extension SimulatorControl {
    /// Waits until the server has registered `count` sessions: a client's connect returns before the server's
    /// handler has run, and the simulator announces neither a new session nor a closed one.
    func awaitWebSocketSessions(_ count: Int) async throws {
        try await eventually("\(count) WebSocket sessions") { await webSocketSessions().count == count }
    }
}
