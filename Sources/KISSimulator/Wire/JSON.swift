/// An ordered JSON value for KIS bodies.
///
/// KIS sends (almost) every value as a string; keeping members in insertion order makes the
/// bodies byte-stable, so "same scenario + same clock → same bytes" can be tested directly.
enum JSON: Sendable, ExpressibleByStringInterpolation, ExpressibleByArrayLiteral, ExpressibleByIntegerLiteral {
    case string(String)
    case number(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSON])
    case object(JSONObject)
    /// Already-serialised JSON text, inserted verbatim (hashkey echoes the request body).
    case raw([UInt8])

    init(stringLiteral value: String) { self = .string(value) }
    init(stringInterpolation: DefaultStringInterpolation) {
        self = .string(String(stringInterpolation: stringInterpolation))
    }
    init(arrayLiteral elements: JSON...) { self = .array(elements) }
    init(integerLiteral value: Int) { self = .number(value) }

    /// The UTF-8 text of this value.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        write(into: &out)
        return out
    }

    /// The text of this value.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    func write(into out: inout [UInt8]) {
        switch self {
        case .string(let s): Self.writeString(s, into: &out)
        case .number(let n): out.append(contentsOf: String(n).utf8)
        case .double(let d): out.append(contentsOf: (d.isFinite ? String(d) : "0").utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let object): object.write(into: &out)
        case .raw(let bytes): out.append(contentsOf: bytes)
        }
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        var text = s
        out.append(UInt8(ascii: "\""))
        // Works on the contiguous UTF-8 buffer: this is the hottest loop of the simulator.
        text.withUTF8 { buffer in
            var plain = true
            for byte in buffer where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                plain = false
                break
            }
            if plain {
                out.append(contentsOf: buffer)
                return
            }
            let hex = Array("0123456789abcdef".utf8)
            for byte in buffer {
                switch byte {
                case 0x22: out.append(contentsOf: [92, 34])
                case 0x5C: out.append(contentsOf: [92, 92])
                case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
                case 0..<0x20:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A JSON object whose members keep their insertion (or literal) order.
struct JSONObject: Sendable, ExpressibleByDictionaryLiteral {
    private(set) var members: [(key: String, value: JSON)]

    init() { members = [] }
    init(dictionaryLiteral elements: (String, JSON)...) { members = elements.map { (key: $0.0, value: $0.1) } }

    /// Reads or replaces a member; setting a new key appends it.
    subscript(key: String) -> JSON? {
        get { members.first { $0.key == key }?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key: key, value: newValue))
            }
        }
    }

    /// Appends the members of another object whose keys are not here yet.
    mutating func merge(_ other: JSONObject) {
        if members.isEmpty {
            members = other.members
            return
        }
        let existing = Set(members.map(\.key))
        members.append(contentsOf: other.members.filter { !existing.contains($0.key) })
    }

    /// The member names, in order.
    var keys: [String] { members.map(\.key) }

    func write(into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, member) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSON.writeString(member.key, into: &out)
            out.append(UInt8(ascii: ":"))
            member.value.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    var json: JSON { .object(self) }
}
