import PortfolioModel

extension SettingsError {
    /// The settings file's wording of a problem found by `PortfolioModel.TOMLReader`: `path: [section] key …`.
    ///
    /// Settings sections are top-level tables of scalar keys, so the problem's table is the section's name.
    init(_ problem: TOMLProblem, path: String) {
        let section = "\(path): [\(problem.table)] \(problem.key)"
        switch problem.kind {
        case .syntax(let description, let line, _):
            self.init(.syntax, "\(path): " + (line.map { "line \($0): " } ?? "") + description)
        case .wrongType(.table):
            self.init(.invalidValue, "\(path): [\(problem.dottedKey)] must be a table, not a single value")
        case .wrongType(let expected):
            self.init(.invalidValue, "\(section) must be \(Self.wording(expected))")
        case .outOfRange(_, let lowerBound, let upperBound):
            self.init(.invalidValue, "\(section) must be between \(lowerBound) and \(upperBound)")
        case .invalid(let what):
            self.init(.invalidValue, "\(section) \(what)")
        case .unknownKey:
            self.init(.unknownKey, "\(path): [\(problem.table)] unknown key \"\(problem.key)\"")
        }
    }

    private static func wording(_ expected: TOMLProblem.Expected) -> String {
        switch expected {
        case .string: "a string"
        case .wholeNumber: "a whole number"
        case .number: "a number"
        case .bool: "true or false"
        case .strings: "an array of strings"
        case .table: "a table"
        }
    }
}
