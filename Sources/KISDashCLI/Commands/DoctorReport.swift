/// The doctor's findings, one line each.
struct DoctorReport {
    private(set) var lines: [String] = []
    private(set) var failed = false

    mutating func ok(_ check: String, _ detail: String) { lines.append("ok    \(check): \(detail)") }
    mutating func warn(_ check: String, _ detail: String) { lines.append("WARN  \(check): \(detail)") }
    mutating func fail(_ check: String, _ detail: String) {
        failed = true
        lines.append("FAIL  \(check): \(detail)")
    }
}
