import PortfolioModel

/// One `[section]` of the settings file, read through `PortfolioModel.TOMLReader` with errors that name
/// `[section] key`.
///
/// Every key read is remembered, so ``reportUnknownKeys()`` can report typos instead of silently ignoring them.
///
/// A bad value does not stop the reading: it is recorded in `problems` (shared by all sections of one file) and
/// read as unset, so one run reports every problem of the file.
struct TOMLSection {
    let name: String
    let path: String
    let problems: SettingsProblems
    /// `nil` when the file has no such section, or has a single value under its name.
    private var reader: TOMLReader?

    init(_ name: String, in root: inout TOMLReader, path: String, problems: SettingsProblems) {
        self.name = name
        self.path = path
        self.problems = problems
        do {
            reader = try root.table(name)
        } catch {
            problems.add(SettingsError(error, path: path))
            reader = nil
        }
    }

    /// Reads with `body`; a problem is recorded and reads as unset.
    private mutating func read<T>(_ body: (inout TOMLReader) throws(TOMLProblem) -> T?) -> T? {
        guard var section = reader else { return nil }
        defer { reader = section }
        do {
            return try body(&section)
        } catch {
            problems.add(SettingsError(error, path: path))
            return nil
        }
    }

    mutating func string(_ key: String) -> String? { read { r throws(TOMLProblem) in try r.string(key) } }

    mutating func int(_ key: String, range: ClosedRange<Int>) -> Int? {
        read { r throws(TOMLProblem) in try r.integer(key, in: range) }
    }

    mutating func double(_ key: String, range: ClosedRange<Double>) -> Double? {
        read { r throws(TOMLProblem) in try r.number(key, in: range) }
    }

    mutating func bool(_ key: String) -> Bool? { read { r throws(TOMLProblem) in try r.bool(key) } }

    mutating func strings(_ key: String) -> [String]? { read { r throws(TOMLProblem) in try r.strings(key) } }

    /// A `HH:MM` time of day.
    mutating func time(_ key: String) -> String? {
        read { r throws(TOMLProblem) in
            guard let text = try r.string(key) else { return nil }
            let parts = text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h),
                (0...59).contains(m)
            else { throw r.invalid(key, "must be a KST time like \"09:00\"") }
            return text
        }
    }

    /// One of `choices`.
    mutating func choice(_ key: String, _ choices: [String]) -> String? {
        read { r throws(TOMLProblem) in
            guard let text = try r.string(key) else { return nil }
            guard choices.contains(text) else {
                let hint = Suggestion.closest(to: text, in: choices).map { " (did you mean \"\($0)\"?)" } ?? ""
                let list = choices.map { "\"\($0)\"" }.joined(separator: ", ")
                throw r.invalid(key, "must be one of \(list), not \"\(text)\"\(hint)")
            }
            return text
        }
    }

    /// Records the keys present in the file but never read, each with the closest known key.
    func reportUnknownKeys() {
        guard let reader else { return }
        for key in reader.unreadKeys {
            let hint =
                Suggestion.closest(to: key, in: Array(reader.readKeys)).map { " (did you mean \"\($0)\"?)" } ?? ""
            problems.add(.unknownKey, "\(path): [\(name)] unknown key \"\(key)\"\(hint)")
        }
    }
}
