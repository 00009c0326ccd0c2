/// Why the simulator could not start or load its input.
package struct SimulatorError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: Sendable, Equatable {
        case scenarioNotFound
        case invalidScenario
        case invalidDataset
        case invalidFaults
        case invalidClock
        case listenFailed
    }

    package var code: Code
    package var message: String

    /// Creates an error.
    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { "\(code): \(message)" }
}
