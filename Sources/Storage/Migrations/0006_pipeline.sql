-- The scheduled pipeline (issue 4): one row per `kisdash run` / `kisdash archive`, the cached market calendar
-- (KIS chk-holiday, asked at most once a day), and the end-of-day archive index.

CREATE TABLE pipeline_run (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    account_no  varchar(20) NOT NULL,
    is_paper    boolean NOT NULL,
    kind        varchar(7) NOT NULL CHECK (kind IN ('full', 'light', 'archive')),
    forced      boolean NOT NULL DEFAULT false,
    outcome     varchar(7) NOT NULL DEFAULT 'running'
                CHECK (outcome IN ('running', 'success', 'nothing', 'partial', 'failure')),
    -- [{"name": "sync", "outcome": "success", "ms": 1234, "detail": "..."}], in stage order.
    stages      jsonb NOT NULL DEFAULT '[]'::jsonb,
    message     text CHECK (strpos(message, E'\n') = 0),
    CONSTRAINT pipeline_run_ended_when_finished CHECK ((outcome = 'running') = (ended_at IS NULL)),
    CONSTRAINT pipeline_run_ends_after_start CHECK (ended_at >= started_at)
);
CREATE INDEX pipeline_run_started_idx ON pipeline_run (started_at DESC);

-- One row per calendar day KIS answered for; `fetched_on` says when (KST) so the cache is refreshed daily.
CREATE TABLE market_calendar (
    day             date PRIMARY KEY,
    is_open         boolean NOT NULL,
    is_business_day boolean NOT NULL,
    is_trading_day  boolean NOT NULL,
    is_settlement   boolean NOT NULL,
    fetched_on      date NOT NULL,
    fetched_at      timestamptz NOT NULL
);

-- When chk-holiday was last asked, even if it failed or returned nothing (so it is asked at most once a day).
CREATE TABLE market_calendar_fetch (
    fetched_on date PRIMARY KEY,
    fetched_at timestamptz NOT NULL,
    outcome    varchar(7) NOT NULL CHECK (outcome IN ('success', 'failure')),
    message    text
);

-- The end-of-day archive: one row per account and day (running archive again replaces the row).
CREATE TABLE archive_entry (
    account_no  varchar(20) NOT NULL,
    is_paper    boolean NOT NULL,
    day         date NOT NULL,
    pdf_path    text NOT NULL,
    archived_at timestamptz NOT NULL,
    PRIMARY KEY (account_no, is_paper, day)
);
