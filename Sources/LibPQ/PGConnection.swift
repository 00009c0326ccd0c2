internal import CLibPQ
import Foundation
package import Logging

/// One open libpq connection; owns its `PGconn` and closes it with `PQfinish`.
///
/// libpq forbids two threads using one `PGconn` at once and every call blocks, so a connection is created,
/// used and freed only inside ``Database``'s serial executor. It is deliberately not Sendable.
package final class PGConnection {
    /// Internal (not private) for the binary result and COPY calls in `PGConnection+Binary.swift`.
    let handle: OpaquePointer
    private let notices: NoticeSink
    /// Strings scrubbed from every error message (the URL's password).
    private let secrets: [String]
    /// How many statements were sent; ``Database`` uses it to tell "failed at the first statement".
    package internal(set) var statementCount = 0

    /// Opens a connection.
    ///
    /// - Parameters:
    ///   - url: A `postgresql://` URL or a `key=value` conninfo string.
    ///   - applicationName: Shown in `pg_stat_activity` unless the URL names one.
    ///   - logger: Receives server notices.
    /// - Throws: ``PGError`` `.invalidArgument` for a malformed URL, `.connectionFailed` if the server refuses.
    package init(url: String, applicationName: String, logger: Logger) throws {
        let secrets = try PGConnection.passwords(in: url)
        // Earlier keywords lose to later ones, so the URL (expanded from `dbname`) can override our defaults.
        let keys = ["application_name", "client_encoding", "connect_timeout", "dbname"]
        let values = [applicationName, "UTF8", "10", url]
        let conn: OpaquePointer? = try withCStrings(keys + [nil]) { k in
            try withCStrings(values + [nil]) { v in PQconnectdbParams(k, v, 1) }
        }
        guard let conn else { throw PGError(code: .connectionFailed, message: "libpq could not allocate a connection") }
        guard PQstatus(conn) == CONNECTION_OK else {
            let message = PGError.scrub(String(cString: PQerrorMessage(conn)), secrets: secrets)
            PQfinish(conn)
            throw PGError(code: .connectionFailed, message: message)
        }
        self.handle = conn
        self.secrets = secrets
        self.notices = NoticeSink(logger: logger)
        notices.install(on: conn)
    }

    deinit {
        PQfinish(handle)
    }

    /// `true` once libpq has noticed that the connection is gone.
    package var isBroken: Bool { PQstatus(handle) == CONNECTION_BAD }

    /// `true` inside a transaction block (including a failed one awaiting ROLLBACK).
    package var isInTransaction: Bool { PQtransactionStatus(handle) != PQTRANS_IDLE }

    /// The server process id (for `pg_terminate_backend` in tests and for log lines).
    package var backendPID: Int { Int(PQbackendPID(handle)) }

    /// Runs one statement and returns how many rows it inserted, updated, deleted or selected.
    ///
    /// A query without binds goes through `PQexec`, which also accepts several `;`-separated statements
    /// (migrations); one with binds goes through `PQexecParams` in text format.
    /// - Throws: ``PGError``, its message scrubbed of this query's bind values.
    @discardableResult
    package func execute(_ query: PGQuery) throws -> Int {
        try result(of: query).affectedRows
    }

    /// Runs one statement and returns its whole result, for callers that read cells directly.
    ///
    /// - Parameters:
    ///   - query: The statement and its binds.
    ///   - binary: Ask for the result in binary format (read it with ``PGResult/decodeBinary(_:)``); such a
    ///     query always goes through `PQexecParams`, so it must be a single statement.
    /// - Returns: The successful result.
    /// - Throws: ``PGError``, its message scrubbed of this query's bind values.
    package func result(of query: PGQuery, binary: Bool = false) throws -> PGResult {
        statementCount += 1
        let raw: OpaquePointer?
        if query.binds.isEmpty && !binary {
            raw = PQexec(handle, query.sql)
        } else {
            raw = try withCStrings(query.binds) { values in
                PQexecParams(handle, query.sql, Int32(query.binds.count), nil, values, nil, nil, binary ? 1 : 0)
            }
        }
        guard let raw else {
            throw connectionError(sql: query.sql, binds: query.binds)
        }
        let result = PGResult(taking: raw)
        guard result.succeeded else { throw error(from: result, sql: query.sql, binds: query.binds) }
        return result
    }

    /// Runs a query and decodes its rows as tuples; see ``PGResult/decode(_:)``.
    package func query<each Column: PGDecodable>(
        _ query: PGQuery, as types: (repeat each Column).Type
    ) throws -> [(repeat each Column)] {
        do {
            return try result(of: query).decode(types)
        } catch var error as PGError where error.sql == nil {
            error.sql = query.sql
            throw error
        }
    }

    func error(from result: PGResult, sql: String, binds: [String?]) -> PGError {
        let secrets = self.secrets + binds.compactMap { $0 }
        let state = result.errorField(Int32(CLibPQ_diagSQLState()))
        let primary = result.errorField(Int32(CLibPQ_diagMessagePrimary())) ?? result.errorMessage
        let code: PGError.Code =
            isBroken ? .connectionLost : state.map(PGError.Code.init(sqlState:)) ?? .other(sqlState: "")
        return PGError(
            code: code, message: PGError.scrub(primary, secrets: secrets, sqlState: state), sqlState: state,
            constraint: result.errorField(Int32(CLibPQ_diagConstraintName())),
            table: result.errorField(Int32(CLibPQ_diagTableName())), sql: sql)
    }

    func connectionError(sql: String, binds: [String?]) -> PGError {
        let message = PGError.scrub(String(cString: PQerrorMessage(handle)), secrets: secrets + binds.compactMap { $0 })
        return PGError(code: isBroken ? .connectionLost : .other(sqlState: ""), message: message, sql: sql)
    }
}
