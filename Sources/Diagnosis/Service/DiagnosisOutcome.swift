package import PortfolioModel

/// What one diagnosis run produced.
package struct DiagnosisOutcome: Sendable {
    /// The diagnosis now current for the account (stored, or the reused latest one).
    package var diagnosis: StoredDiagnosis
    /// The facts it was computed from.
    package var facts: FactSheet
    /// `true` when nothing material changed and the latest diagnosis was kept (no call, no new row).
    package var isReused: Bool
    /// How long computing the fact sheet took.
    package var factSheetTime: Duration
}
