import Foundation
import PortfolioModel

/// Reads the `KEY=value` config file, refusing one that others could read.
///
/// Format: one `KEY=value` per line, using the environment variable names (`KIS_APP_KEY=…`); blank lines and
/// lines starting with `#` are ignored; an optional leading `export ` and quotes around the value are allowed.
enum ConfigurationFile {
    /// Reads and parses the file at `path`.
    /// - Throws: ``KISError`` `.configuration` if the file is missing, unreadable, not mode 0600 (no group or
    ///   other permission bits), or has a malformed line (reported by line number, never by content).
    static func read(path: String) throws -> [String: String] {
        switch OwnerOnlyFile.status(path) {
        case .ownerOnly: break
        case .missing, .unreadable:
            throw KISConfiguration.configurationError("config file \(path) cannot be read")
        case .exposed(let mode):
            throw KISConfiguration.configurationError(
                "config file \(path) has mode \(OwnerOnlyFile.octal(mode)); it holds the app secret and must be "
                    + "0600 (run: chmod 600 \(path))")
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw KISConfiguration.configurationError("config file \(path) cannot be read as UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses `KEY=value` lines.
    static func parse(_ text: String, path: String) throws -> [String: String] {
        var values: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst(7)).trimmingCharacters(in: .whitespaces) }
            guard let equals = line.firstIndex(of: "=") else {
                throw KISConfiguration.configurationError("config file \(path) line \(index + 1): expected KEY=value")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, let last = value.last, first == last,
                first == "\"" || first == "'"
            {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw KISConfiguration.configurationError("config file \(path) line \(index + 1): bad key")
            }
            values[key] = value
        }
        return values
    }
}
