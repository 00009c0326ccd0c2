import Feed
import Foundation
import HummingbirdWSClient
import Logging
import PortfolioModel
import Storage

extension FeedService {
    /// How a session ended.
    struct SessionEnd: Sendable {
        var reason: String
        var wasConnected: Bool
        /// KIS refused the approval key: ask for a new one before reconnecting.
        var renewKey = false
    }

    /// Why the frame loop stopped a session.
    struct SessionStop: Error {
        var reason: String
        var renewKey = false
    }

    /// One connection: key, connect, subscribe, back-fill, frames.
    ///
    /// Never throws; the end says why.
    func runSession(_ state: FeedState, renewKey: Bool) async -> SessionEnd {
        let key: String
        do {
            key = try await dependencies.approvalKey(renewKey)
        } catch {
            await state.error("approval key: \(error)", at: dependencies.now())
            return SessionEnd(reason: "approval key: \(error)", wasConnected: false)
        }
        let connected = Connected()
        do {
            _ = try await WebSocketClient.connect(
                url: dependencies.url, configuration: .init(maxFrameSize: 1 << 20, autoPing: .disabled),
                logger: logger
            ) { inbound, outbound, _ in
                await connected.set()
                await state.connected(at: dependencies.now())
                await saveStatus(state)
                for message in dependencies.subscriptions.registerMessages(approvalKey: key) {
                    try await outbound.write(.text(message))
                }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await self.watchSilence(state) }
                    group.addTask {
                        var session = FrameHandler(service: self, state: state)
                        for try await message in inbound.messages(maxSize: 1 << 22) {
                            guard case .text(let text) = message else { continue }
                            if let reply = try await session.handle(text) { try await outbound.write(.text(reply)) }
                        }
                        throw SessionStop(reason: "the server closed the connection")
                    }
                    _ = try await group.next()
                    group.cancelAll()
                }
            }
            return SessionEnd(reason: "the connection ended", wasConnected: await connected.value)
        } catch let stop as SessionStop {
            return SessionEnd(reason: stop.reason, wasConnected: await connected.value, renewKey: stop.renewKey)
        } catch {
            return SessionEnd(reason: "\(error)", wasConnected: await connected.value)
        }
    }

    /// Ends the session when nothing arrived for ``silenceLimit`` (a stalled socket looks open forever).
    func watchSilence(_ state: FeedState) async throws {
        while !Task.isCancelled {
            try await dependencies.clock.sleep(for: .milliseconds(500))
            if await state.isSilent(at: dependencies.now(), longerThan: silenceLimit) {
                throw SessionStop(reason: "no frame for \(silenceLimit)")
            }
        }
    }

    /// Re-renders a few seconds after the last fill (one render for a burst of fills).
    ///
    /// Also saves the status every few seconds, so `kisdash status` sees a live feed's last frame and counts.
    func debounceLoop(_ state: FeedState) async {
        var ticks = 0
        while !Task.isCancelled {
            do { try await dependencies.clock.sleep(for: .milliseconds(250)) } catch { return }
            if await state.takeDueRender(now: dependencies.now()) { await dependencies.afterFills() }
            ticks += 1
            if ticks % 20 == 0 { await saveStatus(state) }
        }
    }
}

/// Whether the socket ever opened (a refused connection is not a session that ended).
actor Connected {
    private(set) var value = false
    func set() { value = true }
}
