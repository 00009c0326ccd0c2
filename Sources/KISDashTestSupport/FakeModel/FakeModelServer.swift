package import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization

/// A local model server for tests that speaks Gemini's `generateContent` and the OpenAI chat-completions
/// format, answers as scripted (``FakeModelBehavior``) and counts every call.
package final class FakeModelServer: Sendable {
    private struct State {
        var behavior: FakeModelBehavior = .status(503)
        var requests: [FakeModelRequest] = []
    }

    /// The calls answered ``FakeModelBehavior/held(_:)`` and the releases of them.
    private struct Gate {
        /// Calls waiting now.
        var waiting = 0
        /// How many times ``releaseHeldCalls()`` was called; a call waits for one after its arrival.
        var releases = 0
        /// Set when the server stops: no call waits any more.
        var isOpen = false
    }

    private let state = Mutex(State())
    private let gate = Watched(Gate())
    /// `http://127.0.0.1:<port>`.
    package let baseURL: URL

    init(baseURL: URL) {
        self.baseURL = baseURL
    }

    /// Answers every following call with `behavior` (the default is HTTP 503).
    package func answer(_ behavior: FakeModelBehavior) {
        state.withLock { $0.behavior = behavior }
    }

    /// How many calls arrived.
    package var calls: Int { state.withLock { $0.requests.count } }

    /// Every call so far, in order.
    package var requests: [FakeModelRequest] { state.withLock { $0.requests } }

    /// How many calls the server holds unanswered now (``FakeModelBehavior/held(_:)``).
    package var heldCalls: Int { gate.value.waiting }

    /// Lets every call held now answer.
    package func releaseHeldCalls() {
        gate.update { $0.releases += 1 }
    }

    /// Waits until `count` calls are held (to act while the client is waiting for its answer).
    /// - Throws: ``WaitTimeout`` when they do not arrive within `bound`.
    package func waitForHeldCalls(_ count: Int = 1, within bound: Duration = .seconds(90)) async throws {
        try await gate.wait(for: "\(count) held model call(s)", within: bound) { $0.waiting >= count }
    }

    /// Holds a call until ``releaseHeldCalls()`` or ``stopHolding()``.
    func hold() async throws {
        let arrival = gate.update { gate in
            gate.waiting += 1
            return gate.releases
        }
        defer { gate.update { $0.waiting -= 1 } }
        try await gate.wait { $0.isOpen || $0.releases > arrival }
    }

    /// Releases every held call and holds none from now on, so the server can stop without waiting for them.
    func stopHolding() {
        gate.update { $0.isOpen = true }
    }

    /// Records a call and returns the behavior for it.
    func record(_ request: FakeModelRequest) -> FakeModelBehavior {
        state.withLock {
            $0.requests.append(request)
            return $0.behavior
        }
    }
}

/// Runs `body` with a ``FakeModelServer`` listening on an ephemeral loopback port, then shuts it down.
/// - Throws: What starting the server or `body` throws.
package func withFakeModelServer<T>(_ body: (FakeModelServer) async throws -> T) async throws -> T {
    let (bound, continuation) = AsyncStream.makeStream(of: Int.self)
    let holder = Mutex<FakeModelServer?>(nil)
    var logger = Logger(label: "fake-model-server")
    logger.logLevel = .warning
    let app = Application(
        responder: FakeModelResponder(
            behavior: { request in holder.withLock { $0 }?.record(request) ?? .status(503) },
            hold: { try await holder.withLock { $0 }?.hold() }),
        configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0), serverName: nil),
        onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) }, logger: logger)
    let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask {
            defer { continuation.finish() }
            try await group.run()
        }
        var port = 0
        for await p in bound {
            port = p
            break
        }
        guard port > 0, let url = URL(string: "http://127.0.0.1:\(port)") else {
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            throw CocoaError(.featureUnsupported)
        }
        let server = FakeModelServer(baseURL: url)
        holder.withLock { $0 = server }
        // A graceful shutdown waits for the calls in flight: release the held ones first.
        do {
            let result = try await body(server)
            server.stopHolding()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            server.stopHolding()
            await group.triggerGracefulShutdown()
            try? await tasks.waitForAll()
            throw error
        }
    }
}

/// Turns a request into the scripted answer in the endpoint's wire format.
private struct FakeModelResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let behavior: @Sendable (FakeModelRequest) -> FakeModelBehavior
    /// Waits until the server lets a held call answer.
    let hold: @Sendable () async throws -> Void

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let buffer = try await request.collectBody(upTo: 4 << 20)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
        let path = request.uri.path
        let recorded = FakeModelRequest(
            path: path, headers: headers, body: String(decoding: buffer.readableBytesView, as: UTF8.self))
        guard FakeModelWire.isGemini(path) || FakeModelWire.isOpenAI(path) else {
            return Self.response(404, FakeModelWire.error(404))
        }
        switch behavior(recorded) {
        case .reply(let content): return Self.response(200, FakeModelWire.reply(content, path: path))
        case .held(let content):
            try await hold()
            return Self.response(200, FakeModelWire.reply(content, path: path))
        case .status(let code): return Self.response(code, FakeModelWire.error(code))
        case .malformedBody: return Self.response(200, Data("<html>not json</html>".utf8))
        case .refusal: return Self.response(200, FakeModelWire.refusal(path: path))
        }
    }

    private static func response(_ status: Int, _ body: Data) -> Response {
        Response(
            status: HTTPResponse.Status(code: status), headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
