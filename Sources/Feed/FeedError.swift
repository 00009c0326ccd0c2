/// Why a frame, record or subscription could not be used (one error type for the module, house style 12).
///
/// Messages name the TR, the field index and the field name; they quote a field's value only when it is not
/// personal (never CUST_ID, ACNT_NO or ACNT_NAME), and never a key, IV or approval key.
package struct FeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    package enum Code: String, Sendable, CaseIterable {
        /// The text is not a frame of any known shape.
        case malformedFrame
        /// An encrypted frame arrived for a TR whose ack carried no key/iv.
        case missingKey
        /// Decryption failed: cut-short Base64, wrong key, bad padding.
        case decryption
        /// The field total does not divide into the frame's record count.
        case recordCount
        /// Records have fewer fields than any known layout of the TR.
        case fieldCount
        /// A field's value cannot be read (see ``fieldIndex`` and ``fieldName``).
        case invalidField
        /// A subscription request is not possible (blank HTS id, over the registration budget).
        case subscription
    }

    /// The kind of failure.
    package var code: Code
    /// What went wrong, for people.
    package var message: String
    /// The TR the frame was for, when known.
    package var trID: String?
    /// The zero-based field position, for ``Code/invalidField``.
    package var fieldIndex: Int?
    /// The KIS field name, for ``Code/invalidField``.
    package var fieldName: String?

    /// Creates an error.
    package init(
        _ code: Code, _ message: String, trID: String? = nil, fieldIndex: Int? = nil, fieldName: String? = nil
    ) {
        self.code = code
        self.message = message
        self.trID = trID
        self.fieldIndex = fieldIndex
        self.fieldName = fieldName
    }

    package var description: String {
        var text = "feed \(code.rawValue)"
        if let trID { text += " [\(trID)]" }
        if let fieldIndex, let fieldName { text += " field \(fieldIndex) \(fieldName)" }
        return text + ": " + message
    }
}
