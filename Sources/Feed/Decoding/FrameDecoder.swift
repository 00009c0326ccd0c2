import Digest

/// Turns data frames into records: keeps each subscription's AES key from its ack, decrypts, splits.
///
/// A value with no I/O: the receive loop feeds it acks (``apply(_:)``) and frames (``decode(_:)``). Frames
/// carry only the tr_id, so the key used is the one from the latest successful ack for that tr_id (notices
/// have one subscription per tr_id: the HTS id). Whether to decrypt follows each frame's own flag.
package struct FrameDecoder: Sendable {
    private struct Entry: Sendable {
        var key: PayloadKey
        var sequence: Int
    }

    private var keys: [Subscription: Entry] = [:]
    private var sequence = 0

    /// Creates a decoder with no keys.
    package init() {}

    /// Takes the key and IV of a successful subscribe ack; forgets them on a successful unsubscribe.
    package mutating func apply(_ ack: ControlMessage) {
        let subscription = Subscription(trID: ack.trID, trKey: ack.trKey)
        switch ack.outcome {
        case .subscribed, .alreadySubscribed:
            if let key = ack.payloadKey { setKey(key, for: subscription) }
        case .unsubscribed, .notSubscribed:
            keys[subscription] = nil
        default:
            break
        }
    }

    /// Sets the key and IV of `subscription` (for example restored from an earlier ack).
    package mutating func setKey(_ key: PayloadKey, for subscription: Subscription) {
        sequence += 1
        keys[subscription] = Entry(key: key, sequence: sequence)
    }

    /// Forgets every key (a new connection gets new acks).
    package mutating func reset() { keys = [:] }

    /// The key for frames of `trID`: the latest ack's.
    package func key(for trID: String) -> PayloadKey? {
        keys.filter { $0.key.trID == trID }.max { $0.value.sequence < $1.value.sequence }?.value.key
    }

    /// Decrypts (if flagged) and splits a frame by the rule of ``RecordSplitter``.
    /// - Throws: ``FeedError``: `.missingKey`, `.decryption`, `.recordCount`, `.fieldCount`.
    package func decode(_ frame: DataFrame) throws -> DecodedFrame {
        var text = frame.payload
        if frame.isEncrypted {
            guard let key = key(for: frame.trID) else {
                throw FeedError(.missingKey, "encrypted frame before any ack with key/iv", trID: frame.trID)
            }
            do {
                text = try AES256CBC.decrypt(base64: frame.payload, key: key.key, iv: key.iv)
            } catch let failure as AES256CBC.Failure {
                throw FeedError(.decryption, failure.description, trID: frame.trID)
            }
        }
        return try RecordSplitter.split(payload: text, count: frame.count, trID: frame.trID)
    }
}
