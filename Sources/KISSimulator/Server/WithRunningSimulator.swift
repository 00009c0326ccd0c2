internal import Logging
internal import ServiceLifecycle
internal import UnixSignals

/// Starts the four listeners, waits until all are bound, runs `body`, then shuts down gracefully.
///
/// - Parameters:
///   - configuration: Scenario, clock, limits, faults, host and ports.
///   - body: Work to do while the simulator listens.
/// - Returns: What `body` returns.
/// - Throws: ``SimulatorError`` when a listener cannot bind, or what `body` throws.
package func withRunningSimulator<T>(
    _ configuration: SimulatorConfiguration, _ body: (RunningSimulator) async throws -> T
) async throws -> T {
    try await SimulatorServer(configuration).run(shutdownSignals: [], untilSignalled: false, body)
}

/// Runs the simulator until SIGINT or SIGTERM, calling `onReady` once both listeners are bound.
///
/// - Parameters:
///   - configuration: Scenario, clock, limits, faults, host and ports.
///   - onReady: Called once with the base URLs (print them, write a ready file).
/// - Throws: ``SimulatorError`` when a listener cannot bind.
package func runSimulatorUntilSignalled(
    _ configuration: SimulatorConfiguration, onReady: (RunningSimulator) async throws -> Void
) async throws {
    try await SimulatorServer(configuration).run(shutdownSignals: [.sigterm, .sigint], untilSignalled: true, onReady)
}

/// Runs the four listeners (REST and WebSocket, real and paper) and the real-time pulse in one
/// `ServiceGroup`.
struct SimulatorServer {
    /// One of the four listeners.
    enum Listener: Hashable {
        case rest(SimulatorSide)
        case webSocket(SimulatorSide)
    }

    let simulator: Simulator

    init(_ configuration: SimulatorConfiguration) throws {
        simulator = try Simulator(configuration)
    }

    /// Runs the listeners; after `body` returns, shuts down at once, or (`untilSignalled`) waits for
    /// the group to end on a signal.
    func run<T>(
        shutdownSignals: [UnixSignal], untilSignalled: Bool, _ body: (RunningSimulator) async throws -> T
    ) async throws -> T {
        let configuration = simulator.configuration
        let (bound, continuation) = AsyncStream.makeStream(of: (Listener, Int).self)
        let real = simulator.application(for: .real, port: configuration.realPort) {
            continuation.yield((.rest(.real), $0))
        }
        let paper = simulator.application(for: .paper, port: configuration.paperPort) {
            continuation.yield((.rest(.paper), $0))
        }
        let realWS = simulator.webSocketApplication(for: .real, port: configuration.realWebSocketPort) {
            continuation.yield((.webSocket(.real), $0))
        }
        let paperWS = simulator.webSocketApplication(for: .paper, port: configuration.paperWebSocketPort) {
            continuation.yield((.webSocket(.paper), $0))
        }
        var logger = Logger(label: "kis-simulator")
        logger.logLevel = .warning
        // Shut down last to first: held replies are let go before the listeners wait for their calls.
        let services: [any Service] = [
            real, paper, realWS, paperWS, RealTimePulse(state: simulator.state),
            HeldRepliesRelease(replies: simulator.state.heldReplies),
        ]
        let group = ServiceGroup(
            configuration: .init(services: services, gracefulShutdownSignals: shutdownSignals, logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                defer { continuation.finish() }
                try await group.run()
            }
            var ports: [Listener: Int] = [:]
            for await (listener, port) in bound {
                ports[listener] = port
                if ports.count == 4 { break }
            }
            guard let realPort = ports[.rest(.real)], let paperPort = ports[.rest(.paper)],
                let realWSPort = ports[.webSocket(.real)], let paperWSPort = ports[.webSocket(.paper)]
            else {
                try await tasks.waitForAll()
                throw SimulatorError(.listenFailed, "the listeners stopped before all four were bound")
            }
            let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
            let running = RunningSimulator(
                realBaseURL: "http://\(host):\(realPort)", paperBaseURL: "http://\(host):\(paperPort)",
                realWebSocketURL: "ws://\(host):\(realWSPort)/tryitout",
                paperWebSocketURL: "ws://\(host):\(paperWSPort)/tryitout",
                control: simulator.control, scenario: configuration.scenario)
            do {
                let result = try await body(running)
                if !untilSignalled { await group.triggerGracefulShutdown() }
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                try? await tasks.waitForAll()
                throw error
            }
        }
    }
}
