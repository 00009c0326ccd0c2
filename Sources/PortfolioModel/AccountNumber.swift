/// A KIS account: the 8-digit CANO plus the 2-digit product code (ACNT_PRDT_CD), for example `12345678-01`.
///
/// The full number is a secret of the user's: `description` and `debugDescription` are always masked
/// (`1234****-01`), so interpolating an account into a log line or an error can never leak it.
/// Only ``cano`` and ``productCode`` (for the wire and the database) give the digits.
package struct AccountNumber: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The first 8 digits (종합계좌번호).
    package let cano: String
    /// The last 2 digits (계좌상품코드), `01` for a stock account.
    package let productCode: String

    /// Parses `12345678-01`, `1234567801` or `12345678 01`.
    package init?(_ text: String) {
        let digits = text.filter { $0 != "-" && $0 != " " }
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        cano = String(digits.prefix(8))
        productCode = String(digits.suffix(2))
    }

    /// Creates an account from its two parts; `nil` unless they are 8 and 2 digits.
    package init?(cano: String, productCode: String) {
        self.init(cano + productCode)
    }

    /// The masked form, `1234****-01`.
    package var masked: String { "\(cano.prefix(4))****-\(productCode)" }
    package var description: String { masked }
    package var debugDescription: String { "AccountNumber(\(masked))" }
    /// `dump` and `Mirror` see only the masked form.
    package var customMirror: Mirror { Mirror(self, children: ["masked": masked], displayStyle: .struct) }

    /// The digits as stored in the database (`12345678-01`).
    ///
    /// Never log this.
    package var storageKey: String { "\(cano)-\(productCode)" }
}
