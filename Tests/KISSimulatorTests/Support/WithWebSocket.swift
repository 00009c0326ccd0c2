import HummingbirdWSClient
import Logging
import NIOCore
import NIOWebSocket

/// Connects to `url`, runs `body`, then closes the connection.
func withWebSocket<T: Sendable>(_ url: String, _ body: (WebSocketTestClient) async throws -> T) async throws -> T {
    let inbox = WebSocketTestClient.Inbox()
    let (commands, continuation) = AsyncStream.makeStream(of: WebSocketTestClient.Command.self)
    let client = WebSocketTestClient(inbox: inbox, commands: continuation)
    let logger = {
        var logger = Logger(label: "ws-test-client")
        logger.logLevel = .critical
        return logger
    }()
    return try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
        group.addTask {
            _ = try? await WebSocketClient.connect(
                url: url, configuration: .init(maxFrameSize: 1 << 20, autoPing: .disabled), logger: logger
            ) { inbound, outbound, _ in
                try await withThrowingTaskGroup(of: Void.self) { connection in
                    connection.addTask {
                        // The connection counts as ended when the reader ends, not when the client
                        // has finished its close handshake (which waits after a dropped socket).
                        do {
                            for try await message in inbound.messages(maxSize: 1 << 22) {
                                if case .text(let text) = message { inbox.append(text) }
                            }
                        } catch {}
                        inbox.close()
                    }
                    connection.addTask {
                        for await command in commands {
                            switch command {
                            case .text(let text): try await outbound.write(.text(text))
                            case .pong(let text):
                                try await outbound.write(
                                    .custom(WebSocketFrame(fin: true, opcode: .pong, data: ByteBuffer(string: text))))
                            case .close:
                                try await outbound.close(.normalClosure, reason: nil)
                                return
                            }
                        }
                    }
                    _ = try await connection.next()
                    connection.cancelAll()
                }
            }
            inbox.close()
        }
        do {
            let result = try await body(client)
            continuation.yield(.close)
            continuation.finish()
            try await group.waitForAll()
            return result
        } catch {
            continuation.finish()
            group.cancelAll()
            throw error
        }
    }
}
