internal import Logging
internal import ServiceLifecycle
internal import UnixSignals

/// Starts both listeners, waits until both are bound, runs `body`, then shuts down gracefully.
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

/// Runs the two applications in one `ServiceGroup`.
struct SimulatorServer {
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
        let (bound, continuation) = AsyncStream.makeStream(of: (SimulatorSide, Int).self)
        let real = simulator.application(for: .real, port: configuration.realPort) { continuation.yield((.real, $0)) }
        let paper = simulator.application(for: .paper, port: configuration.paperPort) {
            continuation.yield((.paper, $0))
        }
        var logger = Logger(label: "kis-simulator")
        logger.logLevel = .warning
        let group = ServiceGroup(
            configuration: .init(services: [real, paper], gracefulShutdownSignals: shutdownSignals, logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                defer { continuation.finish() }
                try await group.run()
            }
            var ports: [SimulatorSide: Int] = [:]
            for await (side, port) in bound {
                ports[side] = port
                if ports.count == 2 { break }
            }
            guard let realPort = ports[.real], let paperPort = ports[.paper] else {
                try await tasks.waitForAll()
                throw SimulatorError(.listenFailed, "the listeners stopped before both were bound")
            }
            let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
            let running = RunningSimulator(
                realBaseURL: "http://\(host):\(realPort)", paperBaseURL: "http://\(host):\(paperPort)",
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
