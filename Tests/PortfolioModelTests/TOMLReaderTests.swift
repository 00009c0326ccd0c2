import PortfolioModel
import Testing

@Suite struct TOMLReaderTests {
    @Test func absentKeysReadAsNilAndPresentOnesAsTheirValues() throws {
        var root = try TOMLReader(parsing: "[a]\nname = \"x\"\nn = 3\nf = 2\nok = true\nlist = [\"p\", \"q\"]\n")
        var a = try #require(try root.table("a"))
        #expect(try a.string("name") == "x")
        #expect(try a.integer("n", in: 0...5) == 3)
        #expect(try a.number("f", in: 0...5) == 2, "an integer reads as a number")
        #expect(try a.bool("ok") == true)
        #expect(try a.strings("list") == ["p", "q"])
        #expect(try a.string("missing") == nil)
        #expect(try root.table("b") == nil)
        #expect(a.unreadKeys.isEmpty && a.readKeys.contains("missing"))
    }

    @Test(arguments: [
        ("[a]\nk = 1\n", TOMLProblem.Kind.wrongType(.string)),
        ("[a]\nk = \"1\"\n", .wrongType(.wholeNumber)),
        ("[a]\nk = 1.5\n", .wrongType(.wholeNumber)),
        ("[a]\nk = 9\n", .outOfRange(value: "9", lowerBound: "0", upperBound: "5")),
        ("[a]\nk = 9.5\n", .outOfRange(value: "9.5", lowerBound: "0.0", upperBound: "5.0")),
        ("[a]\nk = 1\n", .wrongType(.bool)),
        ("[a]\nk = [\"x\", 1]\n", .wrongType(.strings)),
        ("[a]\nk = 1\n", .wrongType(.table)),
    ])
    func aBadValueIsAProblemNamingItsTableAndKey(text: String, kind: TOMLProblem.Kind) throws {
        var root = try TOMLReader(parsing: text)
        var a = try #require(try root.table("a"))
        let problem = #expect(throws: TOMLProblem.self) {
            switch kind {
            case .wrongType(.string): _ = try a.string("k")
            case .wrongType(.wholeNumber), .outOfRange(_, "0", _): _ = try a.integer("k", in: 0...5)
            case .outOfRange: _ = try a.number("k", in: 0...5)
            case .wrongType(.bool): _ = try a.bool("k")
            case .wrongType(.strings): _ = try a.strings("k")
            default: _ = try a.table("k")
            }
        }
        #expect(problem == TOMLProblem(table: "a", key: "k", kind: kind))
        #expect(problem?.dottedKey == "a.k")
    }

    @Test func unreadKeysAreReportedSortedAndTheFirstIsRejected() throws {
        var root = try TOMLReader(parsing: "[a.b]\nzz = 1\naa = 2\nok = 3\n")
        var a = try #require(try root.table("a"))
        var b = try #require(try a.table("b"))
        _ = try b.integer("ok", in: 0...9)
        #expect(b.unreadKeys == ["aa", "zz"])
        #expect(throws: TOMLProblem(table: "a.b", key: "aa", kind: .unknownKey)) { try b.rejectUnreadKeys() }
        #expect(b.invalid("ok", "no").dottedKey == "a.b.ok")
    }

    @Test func aSyntaxErrorHasALineAndColumn() {
        let problem = #expect(throws: TOMLProblem.self) { _ = try TOMLReader(parsing: "[a]\nk = \n") }
        guard case .syntax(_, let line, let column) = problem?.kind else {
            Issue.record("not a syntax problem: \(String(describing: problem))")
            return
        }
        #expect(line == 2 && column != nil)
    }
}
