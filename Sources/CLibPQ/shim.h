#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
#include <libpq-fe.h>

// The PG_DIAG_* field codes are character-literal macros ('C', 'M', ...), which Swift does not import.
// Each helper below returns one of them so the Swift wrapper can call PQresultErrorField.

/// PG_DIAG_SQLSTATE: the five-character SQLSTATE code.
static inline int CLibPQ_diagSQLState(void) { return PG_DIAG_SQLSTATE; }
/// PG_DIAG_MESSAGE_PRIMARY: the one-line primary message.
static inline int CLibPQ_diagMessagePrimary(void) { return PG_DIAG_MESSAGE_PRIMARY; }
/// PG_DIAG_SEVERITY_NONLOCALIZED: ERROR, FATAL, PANIC, WARNING, NOTICE … (never translated).
static inline int CLibPQ_diagSeverity(void) { return PG_DIAG_SEVERITY_NONLOCALIZED; }
/// PG_DIAG_CONSTRAINT_NAME: the violated constraint, when there is one.
static inline int CLibPQ_diagConstraintName(void) { return PG_DIAG_CONSTRAINT_NAME; }
/// PG_DIAG_TABLE_NAME: the table the error is about, when there is one.
static inline int CLibPQ_diagTableName(void) { return PG_DIAG_TABLE_NAME; }
#endif
