/// Bodies for injected faults.
enum FaultBodies {
    /// A non-KIS HTML page, as a proxy in front of KIS would send.
    static func html(_ status: Int, _ reason: String) -> SimResponse {
        let page =
            "<html>\r\n<head><title>\(status) \(reason)</title></head>\r\n<body>\r\n<center><h1>\(status) \(reason)</h1></center>\r\n</body>\r\n</html>\r\n"
        return SimResponse(
            status: status, headers: [(name: "Content-Type", value: "text/html")], body: Array(page.utf8),
            errorCode: "HTTP\(status)")
    }

    /// The first half of the body, cut on a character boundary so the text stays valid UTF-8.
    static func truncate(_ body: [UInt8]) -> [UInt8] {
        var end = max(1, body.count / 2)
        while end > 0 && end < body.count && body[end] & 0xC0 == 0x80 { end -= 1 }
        return Array(body.prefix(end))
    }

    /// The body with its first double quote turned into a single quote: no longer JSON.
    static func malform(_ body: [UInt8]) -> [UInt8] {
        var copy = body
        if let index = copy.firstIndex(of: UInt8(ascii: "\"")) {
            copy[index] = UInt8(ascii: "'")
        } else {
            copy.append(contentsOf: Array("{".utf8))
        }
        return copy
    }
}
