internal import HummingbirdWebSocket
internal import NIOCore

/// One upgraded WebSocket connection: registers a session with the state, then runs three child
/// tasks until the first one ends — the reader (client text frames to the state), the writer
/// (frames and drops the state queues) and the PINGPONG timer — and unregisters.
///
/// Pong control frames from the client (OTA's answer to PINGPONG) are consumed by WSCore and never
/// reach the reader, which is how they are accepted; echoed PINGPONG text is counted by the state.
struct WebSocketConnection {
    let state: SimulatorState
    let side: SimulatorSide
    let channel: any Channel

    /// Serves the connection until either side ends it.
    func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async {
        let (id, outbox) = await state.openWebSocket(side: side)
        let state = self.state
        let channel = self.channel
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for try await message in inbound.messages(maxSize: 1 << 20) {
                    if case .text(let text) = message { await state.receiveWebSocket(text, session: id) }
                }
            }
            group.addTask {
                for await item in outbox {
                    switch item {
                    case .text(let text): try await outbound.write(.text(text))
                    case .drop:
                        // A dropped connection: TCP closed without a close frame.
                        channel.close(promise: nil)
                        return
                    }
                }
            }
            group.addTask {
                while true {
                    let interval = await state.limits.webSocketPingInterval
                    try await state.wall.sleep(for: .seconds(interval > 0 ? interval : 1))
                    if interval > 0 { await state.pingWebSocket(id) }
                }
            }
            _ = try? await group.next()
            group.cancelAll()
        }
        await state.closeWebSocket(id)
    }
}
