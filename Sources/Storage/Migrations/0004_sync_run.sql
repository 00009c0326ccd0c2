-- One row per sync attempt, for `kisdash status` and for diagnosing failures. message is one line, no secrets.

CREATE TABLE sync_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at   timestamptz NOT NULL,
    ended_at     timestamptz,
    mode         varchar(5) NOT NULL CHECK (mode IN ('real', 'paper')),
    kind         varchar(5) NOT NULL CHECK (kind IN ('full', 'light')),
    account_no   varchar(20) NOT NULL,
    api_calls    integer NOT NULL DEFAULT 0 CHECK (api_calls >= 0),
    rows_written jsonb NOT NULL DEFAULT '{}'::jsonb,
    outcome      varchar(7) NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'success', 'failure')),
    error_class  text,
    message      text CHECK (strpos(message, E'\n') = 0),
    CONSTRAINT sync_run_ended_when_finished CHECK ((outcome = 'running') = (ended_at IS NULL)),
    CONSTRAINT sync_run_ends_after_start CHECK (ended_at >= started_at)
);
CREATE INDEX sync_run_started_idx ON sync_run (started_at DESC);
