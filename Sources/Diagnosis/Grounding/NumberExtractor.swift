import Foundation

/// Finds the numbers written in Korean text, with their units: `1,234원`, `307만 원`, `1억 2,000만원`,
/// `+4.68%`, `0.2%p`, `30주`, `10거래일`.
package enum NumberExtractor {
    private static let multipliers: [Character: Double] = ["조": 1e12, "억": 1e8, "만": 1e4, "천": 1e3]
    private static let signs: [Character: Double] = ["+": 1, "-": -1, "−": -1]

    /// Every number in `text`, in order.
    package static func numbers(in text: String) -> [StatedNumber] {
        let chars = Array(text)
        var out: [StatedNumber] = []
        var i = 0
        while i < chars.count {
            guard isDigit(chars, i) else {
                i += 1
                continue
            }
            let (number, end) = read(chars, at: i)
            out.append(number)
            i = max(end, i + 1)
        }
        return out
    }

    /// Reads the number starting at digit `start`, with its sign, multipliers and unit.
    private static func read(_ c: [Character], at start: Int) -> (StatedNumber, Int) {
        var signStart = start
        var sign = 1.0
        if start > 0, let s = signs[c[start - 1]], start < 2 || !(isDigit(c, start - 2) || c[start - 2].isLetter) {
            sign = s
            signStart = start - 1
        }
        var total = 0.0
        var step = 1.0
        var kind = StatedNumber.Kind.plain
        var i = start
        var end = start
        var lastMultiplier = Double.infinity
        while true {
            let (value, decimals, after) = digits(c, at: i)
            let j = skipSpace(c, after)
            let unitStep = pow(10, -Double(decimals))
            guard j < c.count, let m = multipliers[c[j]], m < lastMultiplier else {
                total += value
                step = unitStep
                end = after
                break
            }
            total += value * m
            step = unitStep * m
            kind = .amount
            lastMultiplier = m
            end = j + 1
            let k = skipSpace(c, end)
            guard isDigit(c, k) else { break }
            let next = skipSpace(c, digits(c, at: k).after)
            guard next < c.count, multipliers[c[next]].map({ $0 < m }) ?? (c[next] == "원") else { break }
            i = k
        }
        let u = skipSpace(c, end)
        if u < c.count, c[u] == "원" {
            kind = .amount
            end = u + 1
        } else if u < c.count, c[u] == "%" || c[u] == "％" {
            kind = .rate
            end = u + (u + 1 < c.count && c[u + 1] == "p" ? 2 : 1)
        } else if String(c[u..<min(u + 3, c.count)]) == "퍼센트" {
            kind = .rate
            end = u + 3
        }
        let number = StatedNumber(
            value: sign * total, step: step, kind: kind, hasExplicitSign: signStart < start,
            text: String(c[signStart..<end]))
        return (number, end)
    }

    /// Digits with `,` thousands groups and an optional `.` fraction.
    private static func digits(_ c: [Character], at start: Int) -> (value: Double, decimals: Int, after: Int) {
        var text = ""
        var i = start
        var decimals = 0
        var afterPoint = false
        while i < c.count {
            if isDigit(c, i) {
                text.append(c[i])
                if afterPoint { decimals += 1 }
            } else if c[i] == ",", !afterPoint, (1...3).allSatisfy({ isDigit(c, i + $0) }), !isDigit(c, i + 4) {
                // a thousands separator: exactly three digits follow
            } else if c[i] == ".", !afterPoint, isDigit(c, i + 1) {
                text.append(".")
                afterPoint = true
            } else {
                break
            }
            i += 1
        }
        return (Double(text) ?? 0, decimals, i)
    }

    private static func isDigit(_ c: [Character], _ i: Int) -> Bool {
        i >= 0 && i < c.count && c[i].isASCII && c[i].isNumber
    }

    /// Skips one space (Korean writes `307만 원`).
    private static func skipSpace(_ c: [Character], _ i: Int) -> Int {
        i < c.count && c[i] == " " ? i + 1 : i
    }
}
