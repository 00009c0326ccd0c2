package import Foundation
import KISAPI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The pending order on disk: `<state>/pending_order.json`, mode 0600, so `kisdash confirm` works from
/// another process (the seed's design).
///
/// Single use across processes: a confirmation first *claims* the file by renaming it to a name of its own.
/// `rename(2)` is atomic, so of two confirmations racing, exactly one gets the order and the other finds none.
/// A wrong code puts the order back (unless a newer preview has replaced it meanwhile) with the attempt counted.
package struct PendingOrderFile: Sendable {
    /// The state directory.
    package let directory: URL

    /// Creates the store in `directory` (the KIS state directory, default `~/.cache/kisdash`).
    package init(directory: URL) {
        self.directory = directory
    }

    /// The file's path.
    package var path: String { directory.appendingPathComponent("pending_order.json").path }

    /// Saves `order`, replacing any earlier pending order.
    /// - Throws: ``TradingError`` `.stateFile`.
    package func save(_ order: PendingOrder) throws {
        try guarded {
            try PrivateFile.prepareDirectory(directory)
            try PrivateFile.write(try Self.encode(order), to: path)
        }
    }

    /// The pending order without claiming it (for `kisdash pending`), or nil.
    /// - Throws: ``TradingError`` `.stateFile` when the file is unreadable or not 0600.
    package func peek() throws -> PendingOrder? {
        try guarded { try PrivateFile.read(path).map(Self.decode) }
    }

    /// Takes the pending order for this process, or nil when there is none (used, voided, never made).
    /// - Returns: The order and the claimed file's path (pass it to ``restore(_:claimedPath:)`` or ``discard(_:)``).
    /// - Throws: ``TradingError`` `.stateFile`; an unreadable claimed file is discarded.
    package func claim() throws -> (order: PendingOrder, claimedPath: String)? {
        let claimed = path + ".claimed-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard rename(path, claimed) == 0 else {
            if errno == ENOENT { return nil }
            throw TradingError(.stateFile, "cannot claim \(path) (errno \(errno))")
        }
        do {
            guard let data = try PrivateFile.read(claimed) else { return nil }
            return (try Self.decode(data), claimed)
        } catch {
            discard(claimed)
            throw TradingError(
                .stateFile, "the pending order file was unreadable and has been removed", underlying: error)
        }
    }

    /// Puts a claimed order back (after a wrong code), unless a newer pending order exists; then it is dropped.
    /// - Returns: True when it was put back.
    @discardableResult
    package func restore(_ order: PendingOrder, claimedPath: String) -> Bool {
        defer { discard(claimedPath) }
        guard (try? PrivateFile.write(try Self.encode(order), to: claimedPath)) != nil else { return false }
        // link(2) fails with EEXIST when a new preview saved a pending order meanwhile: that one wins.
        return link(claimedPath, path) == 0
    }

    /// Deletes a claimed file.
    package func discard(_ claimedPath: String) {
        unlink(claimedPath)
    }

    /// Deletes the pending order, if any.
    package func clear() { unlink(path) }

    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as TradingError { throw error } catch {
            throw TradingError(.stateFile, "\(error)", underlying: error)
        }
    }

    private static func encode(_ order: PendingOrder) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(order)
    }

    private static func decode(_ data: Data) throws -> PendingOrder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(PendingOrder.self, from: data)
    }
}
