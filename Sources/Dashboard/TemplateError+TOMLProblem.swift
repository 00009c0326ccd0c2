import PortfolioModel

extension TemplateError {
    /// A template's wording of a problem found by `PortfolioModel.TOMLReader`, naming the dotted key (`colors.up`).
    init(_ problem: TOMLProblem, source: String) {
        let key = problem.dottedKey
        switch problem.kind {
        case .syntax(let description, let line?, let column?):
            self.init(source: source, message: "not valid TOML at line \(line), column \(column): " + description)
        case .syntax(let description, _, _):
            self.init(source: source, message: "not valid TOML: " + description)
        case .wrongType(let expected):
            self.init(source: source, key: key, message: Self.wording(expected, key: key))
        case .outOfRange(let value, let lowerBound, let upperBound):
            self.init(source: source, key: key, message: "\(value) is out of range \(lowerBound)...\(upperBound)")
        case .unknownKey:
            self.init(source: source, key: key, message: "unknown key")
        case .invalid(let message):
            self.init(source: source, key: key, message: message)
        }
    }

    private static func wording(_ expected: TOMLProblem.Expected, key: String) -> String {
        switch expected {
        case .string: "expected a string in quotes"
        case .wholeNumber: "expected a whole number"
        case .number: "expected a number"
        case .bool: "expected true or false"
        case .strings: "expected a list of strings, like [\"a\", \"b\"]"
        case .table: "expected a table like [\(key)]"
        }
    }
}
