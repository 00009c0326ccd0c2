/// The field list of one TR's records, in wire order (SPEC §7.5–7.7).
///
/// Fields are read by position; the names are for errors and for finding a field in either layout of a TR.
package struct RecordLayout: Sendable, Equatable, CustomStringConvertible {
    /// A short name, such as `H0STCNI0/26`.
    package var name: String
    /// The KIS field names, in order.
    package var fieldNames: [String]

    /// Creates a layout.
    package init(name: String, fieldNames: [String]) {
        self.name = name
        self.fieldNames = fieldNames
    }

    /// The number of fields in one record.
    package var fieldCount: Int { fieldNames.count }

    /// The position of field `name`, if the layout has it.
    package func index(of name: String) -> Int? { fieldNames.firstIndex(of: name) }

    package var description: String { name }

    /// The current layout for `trID`, or `nil` for a TR this module does not know.
    package static func current(for trID: String) -> RecordLayout? {
        switch trID {
        case FeedTR.executionNoticeReal, FeedTR.executionNoticePaper: executionNotice
        case FeedTR.tradeTick: tradeTick
        case FeedTR.marketStatus: marketStatus
        default: nil
        }
    }

    /// The older, shorter layouts still recognised for `trID` (newest first).
    package static func older(for trID: String) -> [RecordLayout] {
        switch trID {
        case FeedTR.executionNoticeReal, FeedTR.executionNoticePaper: [executionNoticeLegacy]
        default: []
        }
    }
}
