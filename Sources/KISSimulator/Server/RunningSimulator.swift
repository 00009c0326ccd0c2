/// A simulator listening on loopback: its two base URLs and its control handle.
package struct RunningSimulator: Sendable {
    /// Base URL of the real side, like `http://127.0.0.1:54321`.
    package let realBaseURL: String
    /// Base URL of the paper side.
    package let paperBaseURL: String
    /// WebSocket URL of the real side (SPEC §7.1), like `ws://127.0.0.1:54323/tryitout`; any path works.
    package let realWebSocketURL: String
    /// WebSocket URL of the paper side.
    package let paperWebSocketURL: String
    /// Steering handle (clock, faults, tokens, stats, accounts).
    package let control: SimulatorControl
    /// The scenario being served.
    package let scenario: Scenario

    /// The base URL of `side`.
    package func baseURL(_ side: SimulatorSide) -> String { side == .real ? realBaseURL : paperBaseURL }

    /// The WebSocket URL of `side`.
    package func webSocketURL(_ side: SimulatorSide) -> String {
        side == .real ? realWebSocketURL : paperWebSocketURL
    }

    /// The credentials of the scenario account on `side`.
    package func credentials(_ side: SimulatorSide) -> SimulatorCredentials? {
        scenario.account(side).map(SimulatorCredentials.init)
    }
}
