-- Orders placed by this tool and their individual fills (Phase-1 TradeOrder / TradeExecution): created now,
-- filled by the trading issue. KIS order numbers restart every day, so the key includes order_date.

CREATE TABLE trade_orders (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no       varchar(20) NOT NULL,
    is_paper         boolean NOT NULL,
    order_date       date NOT NULL,
    order_no         varchar(20) NOT NULL,
    stock_code       varchar(10) COLLATE "C" NOT NULL,
    stock_name       text NOT NULL,
    order_type       varchar(4) NOT NULL CHECK (order_type IN ('BUY', 'SELL')),
    market           varchar(3) NOT NULL CHECK (market IN ('KRX', 'NXT', 'SOR')),
    order_qty        bigint NOT NULL CHECK (order_qty > 0),
    order_price      bigint NOT NULL CHECK (order_price >= 0),
    status           varchar(16) NOT NULL
        CHECK (status IN ('PENDING', 'FILLED', 'PARTIALLY_FILLED', 'CANCELLED', 'REJECTED')),
    filled_qty       bigint NOT NULL DEFAULT 0 CHECK (filled_qty >= 0 AND filled_qty <= order_qty),
    avg_filled_price numeric(18,4) CHECK (avg_filled_price >= 0),
    ordered_at       timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT trade_orders_order_key UNIQUE (account_no, is_paper, order_date, order_no)
);

CREATE TABLE trade_executions (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trade_order_id bigint NOT NULL REFERENCES trade_orders (id) ON DELETE CASCADE,
    order_no       varchar(20) NOT NULL,
    stock_code     varchar(10) COLLATE "C" NOT NULL,
    exec_qty       bigint NOT NULL CHECK (exec_qty > 0),
    exec_price     bigint NOT NULL CHECK (exec_price >= 0),
    exec_amount    bigint NOT NULL CHECK (exec_amount >= 0),
    executed_at    timestamptz NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    -- Execution notices carry no fill id; this natural key makes a replayed notice a no-op.
    CONSTRAINT trade_executions_fill_key UNIQUE (trade_order_id, executed_at, exec_qty, exec_price)
);
