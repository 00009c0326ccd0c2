internal import HTTPTypes
internal import Hummingbird
internal import HummingbirdWebSocket
internal import Logging
internal import NIOCore

extension Simulator {
    /// The WebSocket listener of `side` (SPEC §7.1): a request on any path upgrades to a session;
    /// a plain HTTP request gets 426.
    ///
    /// - Parameters:
    ///   - side: Which KIS domain this listener plays.
    ///   - port: TCP port (0 = ephemeral).
    ///   - onRunning: Called with the bound port once the listener is up.
    /// - Returns: An application to run in the simulator's service group.
    func webSocketApplication(
        for side: SimulatorSide, port: Int, onRunning: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "kis-simulator.ws.\(side.rawValue)")
        logger.logLevel = .warning
        let state = self.state
        return Application(
            responder: UpgradeRequiredResponder(),
            server: .http1WebSocketUpgrade(
                configuration: .init(ws: .init(maxFrameSize: 1 << 20, autoPing: .disabled))
            ) { _, channel, _ in
                .upgrade([:]) { inbound, outbound, _ in
                    await WebSocketConnection(state: state, side: side, channel: channel)
                        .run(inbound: inbound, outbound: outbound)
                }
            },
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

/// Answers plain HTTP on a WebSocket port: 426 Upgrade Required.
struct UpgradeRequiredResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    func respond(to request: Request, context: Context) async throws -> Response {
        Response(
            status: .upgradeRequired, headers: [.contentType: "text/plain"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: "WebSocket only: upgrade to connect\n")))
    }
}
