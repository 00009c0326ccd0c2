internal import HTTPTypes
internal import Hummingbird
internal import NIOCore

/// Hummingbird responder for one side: turns the request into a ``SimRequest``, lets the state
/// actor answer, and writes the reply with header names spelled as given (`Content-Type`,
/// `tr_cont`), never lower-case hyphenated ones.
struct SimulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let side: SimulatorSide
    let state: SimulatorState

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let buffer = try await request.collectBody(upTo: 4 << 20)
        var headers: [String: String] = [:]
        for field in request.headers where headers[field.name.canonicalName] == nil {
            headers[field.name.canonicalName] = field.value
        }
        let simRequest = SimRequest(
            method: request.method.rawValue, path: request.uri.path, rawQuery: request.uri.query ?? "",
            headers: headers, body: Array(buffer.readableBytesView))
        let reply = await state.handle(simRequest, side: side)
        if reply.delay > 0 { try await state.wall.sleep(for: .seconds(reply.delay)) }
        if reply.isHeld { await state.heldReplies.hold() }
        var fields = HTTPFields()
        for header in reply.headers {
            guard let name = HTTPField.Name(header.name) else { continue }
            fields.append(HTTPField(name: name, value: header.value))
        }
        return Response(
            status: HTTPResponse.Status(code: reply.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
    }
}
