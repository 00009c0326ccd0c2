package import Hummingbird
internal import Logging
internal import NIOCore

/// A simulator instance: the shared state plus Hummingbird applications per side (REST and WebSocket).
///
/// Use ``withRunningSimulator(_:_:)`` to listen on loopback, or ``application(for:port:onRunning:)``
/// with HummingbirdTesting's `.router` mode to test routes without sockets.
package struct Simulator: Sendable {
    /// What the simulator was built from.
    package let configuration: SimulatorConfiguration
    /// Steering handle.
    package let control: SimulatorControl
    let state: SimulatorState

    /// Builds the state from the configuration.
    ///
    /// - Throws: ``SimulatorError`` when the scenario's clock cannot be read.
    package init(_ configuration: SimulatorConfiguration) throws {
        self.configuration = configuration
        state = try SimulatorState(configuration)
        control = SimulatorControl(state: state)
    }

    /// The application serving `side`.
    ///
    /// - Parameters:
    ///   - side: Which KIS domain this listener plays.
    ///   - port: TCP port (0 = ephemeral).
    ///   - onRunning: Called with the bound port once the listener is up.
    /// - Returns: An application to run, or to test with HummingbirdTesting.
    package func application(
        for side: SimulatorSide, port: Int = 0, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "kis-simulator.\(side.rawValue)")
        logger.logLevel = .warning
        return Application(
            responder: SimulatorResponder(side: side, state: state),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
    }

    /// The credentials of the scenario account on `side`, if there is one.
    package func credentials(_ side: SimulatorSide) -> SimulatorCredentials? {
        configuration.scenario.account(side).map(SimulatorCredentials.init)
    }
}

/// App key, secret and account of one side, as a client needs them.
package struct SimulatorCredentials: Sendable, Equatable {
    package var appKey: String
    package var appSecret: String
    /// CANO (8 digits).
    package var accountNumber: String
    /// ACNT_PRDT_CD (2 digits).
    package var productCode: String
    package var htsId: String

    init(_ account: ScenarioAccount) {
        appKey = account.appKey
        appSecret = account.appSecret
        accountNumber = account.cano
        productCode = account.productCode
        htsId = account.htsId
    }
}
