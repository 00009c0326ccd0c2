/// A PostgreSQL type, by its fixed built-in OID (`pg_type.oid`), for binary-format results and COPY.
///
/// Only the types whose binary format this module reads or writes are named. The OIDs of built-in types never
/// change between server versions (they are fixed in `pg_type.dat`).
package struct PGType: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    package var rawValue: UInt32

    package init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    package static let bool = PGType(rawValue: 16)
    package static let bytea = PGType(rawValue: 17)
    package static let int8 = PGType(rawValue: 20)
    package static let int2 = PGType(rawValue: 21)
    package static let int4 = PGType(rawValue: 23)
    package static let text = PGType(rawValue: 25)
    package static let bpchar = PGType(rawValue: 1042)
    package static let varchar = PGType(rawValue: 1043)
    package static let date = PGType(rawValue: 1082)
    package static let timestamptz = PGType(rawValue: 1184)

    /// The types whose binary value is the text's UTF-8 bytes.
    package static let textual: [PGType] = [.text, .varchar, .bpchar]
    /// The integer types, 2, 4 or 8 big-endian bytes.
    package static let integers: [PGType] = [.int2, .int4, .int8]

    package var description: String {
        switch self {
        case .bool: "bool"
        case .bytea: "bytea"
        case .int8: "int8"
        case .int2: "int2"
        case .int4: "int4"
        case .text: "text"
        case .bpchar: "bpchar"
        case .varchar: "varchar"
        case .date: "date"
        case .timestamptz: "timestamptz"
        default: "oid \(rawValue)"
        }
    }
}
