import Foundation

/// The numbers a diagnosis may state, by kind, collected from a fact sheet's JSON.
///
/// Amounts are the `"…원"` strings, rates the `"…%"` strings; plain numbers are the JSON numbers and every
/// digit run inside other strings (dates, times, stock codes, names such as `KODEX 200`).
package struct FactNumbers: Sendable, Hashable {
    package var amounts: [Double] = []
    package var rates: [Double] = []
    package var plain: [Double] = []

    /// Collects the numbers of `sheet`.
    package init(_ sheet: FactSheet) {
        let data = Data(sheet.canonicalJSON.utf8)
        let root = (try? JSONDecoder().decode(JSONValue.self, from: data)) ?? .null
        for leaf in root.leaves {
            switch leaf {
            case .number(let n): plain.append(n)
            case .string(let s): add(s)
            default: break
            }
        }
    }

    private mutating func add(_ text: String) {
        if text.hasSuffix("원"), let v = Double(text.dropLast().filter { $0 != "," }) {
            amounts.append(v)
        } else if text.hasSuffix("%"), let v = Double(text.dropLast()) {
            rates.append(v)
        } else {
            var run = ""
            for ch in text + " " {
                if ch.isASCII && ch.isNumber {
                    run.append(ch)
                } else if !run.isEmpty {
                    if let v = Double(run) { plain.append(v) }
                    run = ""
                }
            }
        }
    }

    /// Whether `number` states one of these facts, allowing its rounding and, without an explicit sign, either sign.
    package func contains(_ number: StatedNumber) -> Bool {
        let candidates: [Double] =
            switch number.kind {
            case .amount: amounts
            case .rate: rates
            case .plain: plain + amounts + rates
            }
        let tolerance = number.step / 2 + 1e-9 * max(1, abs(number.value))
        return candidates.contains { fact in
            number.hasExplicitSign
                ? abs(number.value - fact) <= tolerance : abs(abs(number.value) - abs(fact)) <= tolerance
        }
    }
}
