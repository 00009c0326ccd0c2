import Foundation
import HTTPTransport
import Logging

extension KISClient {
    /// Follows `tr_cont` paging to the last page and returns every page's answer in order.
    ///
    /// SPEC §2.4: the first call sends `tr_cont: ""` and blank cursors; while the response header `tr_cont` is
    /// `M`/`F` the next call sends `tr_cont: N` and the two top-level cursors exactly as received (trailing
    /// spaces included); `D`/`E` ends; any other value is an error. Reaching `maxPages` with more to come is an
    /// error, never a silent truncation. `SYDB0050` ("조회이후에 자료가 변경되었습니다") discards what was read
    /// and starts again from page 1, at most `maxPagingRestarts` times.
    func performPaged(endpoint: KISEndpoint, query: [(String, String)]) async throws -> [KISResponse] {
        var restarts = 0
        while true {
            do {
                return try await readAllPages(endpoint: endpoint, query: query)
            } catch let error as KISError where error.code == .dataChangedWhilePaging {
                guard restarts < configuration.retry.maxPagingRestarts else {
                    var exhausted = error
                    exhausted.message += " (gave up after \(restarts) restarts)"
                    throw exhausted
                }
                restarts += 1
                logger.notice(
                    "KIS data changed while paging; restarting from page 1", metadata: ["operation": "\(endpoint.name)"]
                )
                try await runtime.clock.sleep(
                    for: configuration.retry.delay(forAttempt: restarts - 1, random: runtime.random()))
            }
        }
    }

    private func readAllPages(endpoint: KISEndpoint, query: [(String, String)]) async throws -> [KISResponse] {
        guard let names = endpoint.cursorQueryNames else {
            return [try await perform(KISCall(endpoint: endpoint, query: query))]
        }
        var pages: [KISResponse] = []
        var cursor = (fk: "", nk: "")
        for page in 1...max(1, configuration.maxPages) {
            let call = KISCall(
                endpoint: endpoint, query: query + [(names.fk, cursor.fk), (names.nk, cursor.nk)],
                trCont: page == 1 ? "" : "N", page: page)
            let response = try await perform(call)
            pages.append(response)
            let flag = (response.http.headers["tr_cont"] ?? "").trimmingCharacters(in: .whitespaces).uppercased()
            switch flag {
            case "D", "E":
                return pages
            case "M", "F":
                cursor = try Self.nextCursor(response, paging: endpoint.paging)
            default:
                throw KISError(
                    .invalidContinuation, "response header tr_cont is '\(flag)', expected M/F (more) or D/E (last)",
                    operation: call.operation, httpStatus: response.http.status)
            }
        }
        throw KISError(
            .pageLimitExceeded,
            "still more data after \(configuration.maxPages) pages (raise KIS_MAX_PAGES if this account is that large)",
            operation: endpoint.name)
    }

    private static func nextCursor(_ response: KISResponse, paging: KISEndpoint.Paging) throws -> (
        fk: String, nk: String
    ) {
        let dto = try response.decode(CursorDTO.self)
        let pair = paging == .cursor ? (dto.fk, dto.nk) : (dto.fk100, dto.nk100)
        guard let fk = pair.0, let nk = pair.1 else {
            throw KISError(
                .malformedResponse, "tr_cont says more but the answer has no continuation cursors",
                operation: response.call.operation)
        }
        return (fk, nk)
    }
}
