import Feed
import Foundation
import Logging
import PortfolioModel
import Storage

/// Handles the frames of one session: acks (keys), PINGPONG (echo), notices (store, arm the re-render).
struct FrameHandler {
    let service: FeedService
    let state: FeedState
    var decoder = FrameDecoder()
    var backfilled = false

    init(service: FeedService, state: FeedState) {
        self.service = service
        self.state = state
    }

    /// Handles `text`; returns a frame to send back (the PINGPONG echo) or nil.
    /// - Throws: ``FeedService/SessionStop`` when the session must end (key refused, app key in use).
    mutating func handle(_ text: String) async throws -> String? {
        let deps = service.dependencies
        let now = deps.now()
        await state.frame(at: now)
        switch FeedMessage.parse(text) {
        case .ping(let ping):
            return ping.text
        case .control(let control):
            decoder.apply(control)
            switch control.outcome {
            case .approvalRejected:
                throw FeedService.SessionStop(
                    reason: "KIS refused the approval key (\(control.messageCode))", renewKey: true)
            case .appKeyInUse:
                throw FeedService.SessionStop(reason: "another session uses this app key (\(control.messageCode))")
            case let outcome where outcome.isSubscribed && FeedTR.isExecutionNotice(control.trID) && !backfilled:
                backfilled = true
                do { try await deps.backfill() } catch { await state.error("back-fill: \(error)", at: deps.now()) }
            case let outcome where !outcome.isSubscribed && control.outcome != .unsubscribed:
                await state.error("subscription \(control.trID): \(control.messageCode) \(control.message)", at: now)
            default:
                break
            }
            return nil
        case .data(let frame):
            await store(frame, at: now)
            return nil
        case .unreadable(let unreadable):
            service.logger.warning("skipped an unreadable frame", metadata: ["reason": "\(unreadable)"])
            await state.unreadable(unreadable.reason, at: now)
            return nil
        }
    }

    private func store(_ frame: DataFrame, at now: Date) async {
        let deps = service.dependencies
        guard FeedTR.isExecutionNotice(frame.trID) else { return }
        let decoded: DecodedFrame
        do { decoded = try decoder.decode(frame) } catch {
            service.logger.warning("skipped a frame that does not decode", metadata: ["error": "\(error)"])
            await state.unreadable("\(error)", at: now)
            return
        }
        if let warning = decoded.layoutWarning { service.logger.notice("\(warning)") }
        var notices: [ExecutionNotice] = []
        for result in NoticeReader.notices(in: decoded) {
            switch result {
            case .success(let notice): notices.append(notice)
            case .failure(let error):
                service.logger.warning("skipped a notice record", metadata: ["error": "\(error)"])
                await state.unreadable("\(error)", at: now)
            }
        }
        do {
            let fresh = try await deps.store.record(
                notices, day: TradeDate(now), account: deps.account, mode: deps.mode, receivedAt: now)
            await state.notices(fresh, at: now)
            if notices.contains(where: { $0.kind == .fill }) {
                await state.fillsArrived(renderAt: now.addingTimeInterval(service.debounce.inSeconds))
            }
        } catch {
            // The REST back-fill of the next (re)connect recovers what could not be stored now.
            await state.error("storing notices: \(error)", at: now)
        }
    }
}
