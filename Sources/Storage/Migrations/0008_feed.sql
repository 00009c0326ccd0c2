-- The real-time execution feed (issue 11): every notice as received, and the feed's status for `kisdash status`.
-- Accounts are masked (1234****-01), like the order journal. A notice carries no id, so its natural key makes a
-- notice received twice (a duplicated frame, a replay after reconnect) one row.

CREATE TABLE feed_notice (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no   varchar(20) NOT NULL,
    is_paper     boolean NOT NULL,
    notice_date  date NOT NULL,
    order_no     varchar(20) NOT NULL,
    original_no  varchar(20) NOT NULL DEFAULT '',
    kind         varchar(20) NOT NULL,
    side         varchar(4) NOT NULL,
    stock_code   varchar(10) COLLATE "C" NOT NULL,
    stock_name   text NOT NULL,
    quantity     bigint NOT NULL CHECK (quantity >= 0),
    price        bigint NOT NULL CHECK (price >= 0),
    notice_time  time NOT NULL,
    venue        varchar(3) NOT NULL,
    received_at  timestamptz NOT NULL,
    -- When the row was written (the wall clock), for the feed benchmark's notice → row latency.
    stored_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT feed_notice_key UNIQUE (account_no, is_paper, notice_date, order_no, kind, notice_time, quantity, price)
);

CREATE TABLE feed_status (
    account_no  varchar(20) NOT NULL,
    is_paper    boolean NOT NULL,
    status      jsonb NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (account_no, is_paper)
);
