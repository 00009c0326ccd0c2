import Foundation
package import HTTPTransport
import Synchronization

/// An ``HTTPTransport`` that answers from a script and records every request.
///
/// Scripts are keyed by path suffix (`"inquire-balance"`, `"/oauth2/tokenP"`) and optionally the `tr_id`
/// header. Each request takes the next scripted outcome; the last one repeats when `repeatLast` is set.
/// A request nobody scripted fails with `.connectionFailed`, so a test never silently talks to anything.
package final class FakeTransport: HTTPTransport {
    /// What one request gets.
    package enum Outcome: Sendable {
        /// An HTTP response.
        case response(HTTPResponse)
        /// A transport failure.
        case failure(HTTPTransportError)
    }

    private struct Script {
        var pathSuffix: String
        var trID: String?
        var outcomes: [Outcome]
        var repeatLast: Bool
    }

    private struct State {
        var scripts: [Script] = []
        var requests: [HTTPRequest] = []
        var sendTimes: [Duration] = []
    }

    private let state = Mutex(State())
    private let clock: TestClock?

    /// Creates a transport; with a `clock`, the clock time of every request is recorded in ``sendTimes``.
    package init(clock: TestClock? = nil) {
        self.clock = clock
    }

    /// Adds outcomes for requests whose path ends with `pathSuffix` (and whose `tr_id` is `trID`, if given).
    package func script(_ pathSuffix: String, trID: String? = nil, repeatLast: Bool = false, _ outcomes: [Outcome]) {
        state.withLock {
            $0.scripts.append(Script(pathSuffix: pathSuffix, trID: trID, outcomes: outcomes, repeatLast: repeatLast))
        }
    }

    /// Adds one outcome (see ``script(_:trID:repeatLast:_:)``).
    package func script(_ pathSuffix: String, trID: String? = nil, repeatLast: Bool = false, _ outcome: Outcome) {
        script(pathSuffix, trID: trID, repeatLast: repeatLast, [outcome])
    }

    package func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let time = clock?.elapsed
        let outcome = state.withLock { state -> Outcome? in
            state.requests.append(request)
            if let time { state.sendTimes.append(time) }
            let trID = request.headers["tr_id"]
            guard
                let index = state.scripts.firstIndex(where: { script in
                    request.path.hasSuffix(script.pathSuffix) && (script.trID == nil || script.trID == trID)
                        && !script.outcomes.isEmpty
                })
            else { return nil }
            let next = state.scripts[index].outcomes[0]
            if state.scripts[index].outcomes.count > 1 || !state.scripts[index].repeatLast {
                state.scripts[index].outcomes.removeFirst()
            }
            return next
        }
        switch outcome {
        case .response(let response): return response
        case .failure(let error): throw error
        case nil:
            throw HTTPTransportError(
                code: .connectionFailed, message: "FakeTransport: nothing scripted for \(request.path)")
        }
    }

    /// Every request so far, in order.
    package var requests: [HTTPRequest] { state.withLock { $0.requests } }

    /// The requests whose path ends with `pathSuffix`.
    package func requests(to pathSuffix: String) -> [HTTPRequest] {
        requests.filter { $0.path.hasSuffix(pathSuffix) }
    }

    /// The test-clock time of every request (empty without a clock).
    package var sendTimes: [Duration] { state.withLock { $0.sendTimes } }
}
