-- Prices shared by every account: daily bars, how far each stock's daily bars are known, and minute bars.

CREATE TABLE daily_price (
    stock_code varchar(10) COLLATE "C" NOT NULL,
    trade_date date NOT NULL,
    open       bigint NOT NULL CHECK (open >= 0),
    high       bigint NOT NULL CHECK (high >= 0),
    low        bigint NOT NULL CHECK (low >= 0),
    close      bigint NOT NULL CHECK (close >= 0),
    volume     bigint NOT NULL CHECK (volume >= 0),
    turnover   bigint NOT NULL CHECK (turnover >= 0),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (stock_code, trade_date)
);

-- Daily bars of stock_code are complete through covered_through (days without trading included), so the
-- sync never asks KIS again for a stored day or for a holiday. It only moves forward.
CREATE TABLE daily_price_coverage (
    stock_code      varchar(10) COLLATE "C" PRIMARY KEY,
    covered_through date NOT NULL,
    fetched_at      timestamptz NOT NULL
);

CREATE TABLE min_price (
    stock_code varchar(10) COLLATE "C" NOT NULL,
    minute     timestamptz NOT NULL,
    open       bigint NOT NULL CHECK (open >= 0),
    high       bigint NOT NULL CHECK (high >= 0),
    low        bigint NOT NULL CHECK (low >= 0),
    close      bigint NOT NULL CHECK (close >= 0),
    volume     bigint NOT NULL CHECK (volume >= 0),
    PRIMARY KEY (stock_code, minute)
);
