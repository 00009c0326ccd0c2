/// A data frame's records after decryption and splitting (see ``FrameDecoder``).
package struct DecodedFrame: Sendable, Equatable {
    /// The TR the records belong to.
    package var trID: String
    /// The layout the records were read with; `nil` for a TR this module does not know.
    package var layout: RecordLayout?
    /// The records, each cut to the layout's field count (all fields for an unknown TR).
    package var records: [[String]]
    /// How many fields each record had on the wire.
    package var fieldsPerRecord: Int
    /// Fields per record beyond the current layout, appended by KIS and not read (schema drift to report).
    package var extraFieldsPerRecord: Int
    /// Whether the records use an older, shorter layout (H0STCNI0's 23 fields).
    package var isOlderLayout: Bool

    /// Creates a decoded frame.
    package init(
        trID: String, layout: RecordLayout?, records: [[String]], fieldsPerRecord: Int,
        extraFieldsPerRecord: Int = 0, isOlderLayout: Bool = false
    ) {
        self.trID = trID
        self.layout = layout
        self.records = records
        self.fieldsPerRecord = fieldsPerRecord
        self.extraFieldsPerRecord = extraFieldsPerRecord
        self.isOlderLayout = isOlderLayout
    }

    /// A line for the log when the layout is not the current one, such as `KIS schema drift: H0STCNI0 now 29
    /// fields (26 read)`; `nil` when it is.
    package var layoutWarning: String? {
        guard let layout else { return nil }
        if extraFieldsPerRecord > 0 {
            return "KIS schema drift: \(trID) now \(fieldsPerRecord) fields (\(layout.fieldCount) read)"
        }
        if isOlderLayout { return "KIS sent \(trID) in the older \(layout.fieldCount)-field layout" }
        return nil
    }
}
