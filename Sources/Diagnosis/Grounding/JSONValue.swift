/// Any JSON value, for walking a fact sheet's encoding without knowing its shape.
enum JSONValue: Decodable, Hashable {
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? c.decode(Double.self) {
            self = .number(n)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    /// Every leaf below this value, depth first.
    var leaves: [JSONValue] {
        switch self {
        case .array(let items): items.flatMap(\.leaves)
        case .object(let members): members.values.flatMap(\.leaves)
        default: [self]
        }
    }
}
