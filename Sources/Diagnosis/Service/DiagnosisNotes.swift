/// Lines the code adds to every diagnosis after the grounding check.
///
/// The data's age when it is old, and the disclaimer. A model is told not to write these itself.
enum DiagnosisNotes {
    static let disclaimer = "※ 저장된 계좌 자료로 계산한 참고용 진단이며 투자 권유가 아닙니다."

    static func lines(_ facts: FactSheet) -> [String] {
        let f = facts.freshness
        var out: [String] = []
        if f.isStale || f.isFromEarlierDay, let asOf = f.asOf {
            let age = f.snapshotAgeMinutes.map { ", \($0)분 전 자료" } ?? ""
            out.append("※ 자료 기준 \(asOf) KST\(age)입니다. 최신 잔고가 아닐 수 있습니다.")
        }
        out.append(disclaimer)
        return out
    }

    /// `text` with the notes appended to its summary.
    static func adding(to text: DiagnosisText, _ facts: FactSheet) -> DiagnosisText {
        var copy = text
        copy.summary += lines(facts)
        return copy
    }
}
