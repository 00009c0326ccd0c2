internal import CLibPQ

extension PGConnection {
    /// Runs a query whose result comes in binary format and decodes its rows as tuples.
    ///
    /// See ``PGResult/decodeBinary(_:)``. For large results: the server formats no text and we parse none.
    /// - Throws: ``PGError``, its message scrubbed of this query's bind values.
    package func queryBinary<each Column: PGBinaryDecodable>(
        _ query: PGQuery, as types: (repeat each Column).Type
    ) throws -> [(repeat each Column)] {
        do {
            return try result(of: query, binary: true).decodeBinary(types)
        } catch var error as PGError where error.sql == nil {
            error.sql = query.sql
            throw error
        }
    }

    /// Runs `COPY … FROM STDIN (FORMAT binary)` and sends it `copy`'s rows (`PQputCopyData`, `PQputCopyEnd`,
    /// then `PQgetResult` until libpq has no more results, so the connection is ready for the next statement
    /// whatever happened).
    ///
    /// - Parameters:
    ///   - statement: The COPY statement, without binds (COPY takes none). It goes through `PQexec`, so
    ///     statements before the COPY may share its round trip (`CREATE TEMP TABLE …; COPY …`).
    ///   - copy: The rows, in the statement's column order.
    /// - Returns: The number of rows copied.
    /// - Throws: ``PGError``: `.invalidArgument` for a statement that has binds or does not start a COPY FROM
    ///   STDIN; the server's error (scrubbed; COPY errors never quote the data) if it rejects a row.
    package func copyIn<each Column>(_ statement: PGQuery, rows copy: PGBinaryCopy<repeat each Column>) throws -> Int {
        guard statement.binds.isEmpty else {
            throw PGError(code: .invalidArgument, message: "COPY takes no bind parameters", sql: statement.sql)
        }
        statementCount += 1
        guard let raw = PQexec(handle, statement.sql) else { throw connectionError(sql: statement.sql, binds: []) }
        let started = PGResult(taking: raw)
        guard started.status == PGRES_COPY_IN else {
            if started.succeeded {
                throw PGError(code: .invalidArgument, message: "not a COPY FROM STDIN statement", sql: statement.sql)
            }
            throw error(from: started, sql: statement.sql, binds: [])
        }
        let sent = copy.withStream { stream in
            var offset = 0
            while offset < stream.count {
                let chunk = min(Self.copyChunkBytes, stream.count - offset)
                let base = stream.baseAddress.map { $0 + offset }?.assumingMemoryBound(to: CChar.self)
                guard PQputCopyData(handle, base, Int32(chunk)) == 1 else { return false }
                offset += chunk
            }
            return true
        }
        // A failed send ends the COPY with an error message, so the server discards what it got.
        let ended = PQputCopyEnd(handle, sent ? nil : "kisdash: sending the COPY data failed") == 1
        var first: PGResult?
        while let next = PQgetResult(handle) {
            let result = PGResult(taking: next)
            if first == nil || first?.succeeded == true && !result.succeeded { first = result }
        }
        guard sent, ended, let first else { throw connectionError(sql: statement.sql, binds: []) }
        guard first.succeeded else { throw error(from: first, sql: statement.sql, binds: []) }
        return first.affectedRows
    }

    /// Bytes handed to `PQputCopyData` at a time, so libpq's output buffer stays small.
    static var copyChunkBytes: Int { 64 * 1024 }
}
