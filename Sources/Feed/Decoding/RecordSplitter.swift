/// Splits a decrypted payload into records: the frame's record count decides, not the layout.
///
/// The rule, in order:
/// 1. Split the payload on every `^`, keeping empty fields: `N` fields.
/// 2. The frame says how many records it holds (`count`). `N` must divide by `count`; if not, the frame is
///    rejected whole (``FeedError/Code/recordCount``): there is no way to tell where a record starts.
/// 3. Each record is `N / count` consecutive fields.
/// 4. Against the TR's current layout of `L` fields: exactly `L` is the normal case; more than `L` means KIS
///    appended fields — the first `L` are read by position and the rest are counted in
///    ``DecodedFrame/extraFieldsPerRecord`` (schema drift to report, never a crash); fewer than `L` is read
///    with an older layout of exactly that size (H0STCNI0's 23-field layout) or rejected
///    (``FeedError/Code/fieldCount``).
///
/// Why the count: two notices with one appended field each are 54 fields. Cutting every 26 would misread
/// the second record from the first one's extra field on; `54 / 2 = 27` is right. The rule assumes what
/// KIS's framing implies: every record in one frame has the same number of fields. A frame whose count
/// lies is read as records with extra fields, which is reported, not hidden.
enum RecordSplitter {
    static func split(payload: String, count: Int, trID: String) throws -> DecodedFrame {
        let fields = payload.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
        guard count > 0, fields.count % count == 0 else {
            throw FeedError(
                .recordCount, "\(fields.count) fields do not divide into \(count) records", trID: trID)
        }
        let perRecord = fields.count / count
        let records = (0..<count).map { index in Array(fields[index * perRecord..<(index + 1) * perRecord]) }
        guard let current = RecordLayout.current(for: trID) else {
            return DecodedFrame(trID: trID, layout: nil, records: records, fieldsPerRecord: perRecord)
        }
        if perRecord >= current.fieldCount {
            return DecodedFrame(
                trID: trID, layout: current, records: records.map { Array($0.prefix(current.fieldCount)) },
                fieldsPerRecord: perRecord, extraFieldsPerRecord: perRecord - current.fieldCount)
        }
        if let older = RecordLayout.older(for: trID).first(where: { $0.fieldCount == perRecord }) {
            return DecodedFrame(
                trID: trID, layout: older, records: records, fieldsPerRecord: perRecord, isOlderLayout: true)
        }
        let known = ([current] + RecordLayout.older(for: trID)).map { String($0.fieldCount) }
        throw FeedError(
            .fieldCount,
            "records have \(perRecord) fields; known layouts have \(known.joined(separator: " or "))",
            trID: trID)
    }
}
