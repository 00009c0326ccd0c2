-- Account snapshots written by the sync: one kis_account row per distinct balance, with its holdings and
-- unfilled orders. A sync that sees the same content only moves confirmed_at (see AccountWriter).

CREATE TABLE kis_account (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no            varchar(20) NOT NULL,
    is_paper              boolean NOT NULL,
    snapshot_at           timestamptz NOT NULL,
    snapshot_date         date NOT NULL,
    confirmed_at          timestamptz NOT NULL,
    content_hash          text NOT NULL,
    deposit               bigint NOT NULL,
    next_day_cash         bigint NOT NULL,
    available             bigint NOT NULL,
    today_buy_amt         bigint NOT NULL CHECK (today_buy_amt >= 0),
    today_sell_amt        bigint NOT NULL CHECK (today_sell_amt >= 0),
    today_fee             bigint NOT NULL CHECK (today_fee >= 0),
    stock_eval_amt        bigint NOT NULL CHECK (stock_eval_amt >= 0),
    total_eval_amt        bigint NOT NULL,
    net_assets            bigint NOT NULL,
    total_buy_amt         bigint NOT NULL CHECK (total_buy_amt >= 0),
    total_profit_loss     bigint NOT NULL,
    previous_total_assets bigint NOT NULL,
    asset_change          bigint NOT NULL,
    CONSTRAINT kis_account_snapshot_key UNIQUE (account_no, is_paper, snapshot_at),
    -- Target of the composite foreign keys below, which keep is_paper consistent with the parent snapshot.
    CONSTRAINT kis_account_id_paper_key UNIQUE (id, is_paper),
    CONSTRAINT kis_account_confirmed_after_snapshot CHECK (confirmed_at >= snapshot_at)
);
-- "Latest snapshot of an account" scans kis_account_snapshot_key backwards; the date index serves day views.
CREATE INDEX kis_account_date_idx ON kis_account (account_no, is_paper, snapshot_date);

CREATE TABLE kis_holding (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kis_account_id bigint NOT NULL,
    is_paper       boolean NOT NULL,
    snapshot_at    timestamptz NOT NULL,
    snapshot_date  date NOT NULL,
    stock_code     varchar(10) COLLATE "C" NOT NULL,
    stock_name     text NOT NULL,
    -- Only positions actually held are stored (KIS keeps sold-out rows with quantity 0 until D+2).
    holding_qty    bigint NOT NULL CHECK (holding_qty > 0),
    ord_psbl_qty   bigint NOT NULL CHECK (ord_psbl_qty >= 0),
    pchs_avg_pric  numeric(18,4) NOT NULL CHECK (pchs_avg_pric >= 0),
    pchs_amt       bigint NOT NULL CHECK (pchs_amt >= 0),
    prpr           bigint NOT NULL CHECK (prpr >= 0),
    evlu_amt       bigint NOT NULL CHECK (evlu_amt >= 0),
    evlu_pfls_amt  bigint NOT NULL,
    evlu_pfls_rt   numeric(12,2) NOT NULL,
    fltt_rt        numeric(12,2) NOT NULL,
    day_change     bigint NOT NULL,
    today_buy_qty  bigint NOT NULL CHECK (today_buy_qty >= 0),
    today_sell_qty bigint NOT NULL CHECK (today_sell_qty >= 0),
    CONSTRAINT kis_holding_snapshot_stock_key UNIQUE (kis_account_id, stock_code),
    CONSTRAINT kis_holding_account_fkey FOREIGN KEY (kis_account_id, is_paper)
        REFERENCES kis_account (id, is_paper) ON DELETE CASCADE
);
CREATE INDEX kis_holding_date_idx ON kis_holding (snapshot_date, stock_code);

CREATE TABLE kis_unfilled_order (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kis_account_id  bigint NOT NULL,
    is_paper        boolean NOT NULL,
    snapshot_at     timestamptz NOT NULL,
    snapshot_date   date NOT NULL,
    ord_dt          date NOT NULL,
    odno            varchar(20) NOT NULL,
    orgn_odno       varchar(20) NOT NULL DEFAULT '',
    branch          varchar(10) NOT NULL DEFAULT '',
    stock_code      varchar(10) COLLATE "C" NOT NULL,
    stock_name      text NOT NULL,
    sll_buy_dvsn_cd char(2) NOT NULL CHECK (sll_buy_dvsn_cd IN ('01', '02')),
    ord_dvsn_cd     varchar(4) NOT NULL,
    ord_qty         bigint NOT NULL CHECK (ord_qty >= 0),
    ord_unpr        bigint NOT NULL CHECK (ord_unpr >= 0),
    ord_tmd         time NOT NULL,
    psbl_qty        bigint NOT NULL CHECK (psbl_qty >= 0),
    tot_ccll_qty    bigint NOT NULL CHECK (tot_ccll_qty >= 0),
    venue           varchar(3) NOT NULL CHECK (venue IN ('KRX', 'NXT', 'SOR')),
    CONSTRAINT kis_unfilled_order_snapshot_odno_key UNIQUE (kis_account_id, odno),
    CONSTRAINT kis_unfilled_order_account_fkey FOREIGN KEY (kis_account_id, is_paper)
        REFERENCES kis_account (id, is_paper) ON DELETE CASCADE
);

-- Every order of the day, amends and cancels included (inquire-daily-ccld). Order numbers restart daily.
CREATE TABLE kis_order_detail (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no     varchar(20) NOT NULL,
    is_paper       boolean NOT NULL,
    ord_dt         date NOT NULL,
    odno           varchar(20) NOT NULL,
    orgn_odno      varchar(20) NOT NULL DEFAULT '',
    branch         varchar(10) NOT NULL DEFAULT '',
    stock_code     varchar(10) COLLATE "C" NOT NULL,
    stock_name     text NOT NULL,
    side           varchar(4) NOT NULL CHECK (side IN ('BUY', 'SELL')),
    ord_dvsn_cd    varchar(4) NOT NULL,
    ord_qty        bigint NOT NULL CHECK (ord_qty >= 0),
    ord_unpr       bigint NOT NULL CHECK (ord_unpr >= 0),
    ord_tmd        time NOT NULL,
    filled_qty     bigint NOT NULL CHECK (filled_qty >= 0),
    filled_amt     bigint NOT NULL CHECK (filled_amt >= 0),
    avg_fill_price bigint NOT NULL CHECK (avg_fill_price >= 0),
    cancelled      boolean NOT NULL,
    remaining_qty  bigint NOT NULL CHECK (remaining_qty >= 0),
    rejected_qty   bigint NOT NULL CHECK (rejected_qty >= 0),
    venue          varchar(3) NOT NULL CHECK (venue IN ('KRX', 'NXT', 'SOR')),
    updated_at     timestamptz NOT NULL,
    CONSTRAINT kis_order_detail_order_key UNIQUE (account_no, is_paper, ord_dt, odno)
);

-- One row per filled order and day: KIS's daily inquiry aggregates fills per order, so a later fill of the
-- same order updates the row instead of adding one.
CREATE TABLE kis_execution (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no  varchar(20) NOT NULL,
    is_paper    boolean NOT NULL,
    exec_dt     date NOT NULL,
    odno        varchar(20) NOT NULL,
    stock_code  varchar(10) COLLATE "C" NOT NULL,
    stock_name  text NOT NULL,
    exec_type   varchar(4) NOT NULL CHECK (exec_type IN ('BUY', 'SELL')),
    exec_qty    bigint NOT NULL CHECK (exec_qty >= 0),
    exec_price  bigint NOT NULL CHECK (exec_price >= 0),
    exec_amt    bigint NOT NULL CHECK (exec_amt >= 0),
    exec_tmd    time NOT NULL,
    commission  bigint NOT NULL CHECK (commission >= 0),
    tax         bigint NOT NULL CHECK (tax >= 0),
    venue       varchar(3) NOT NULL CHECK (venue IN ('KRX', 'NXT', 'SOR')),
    updated_at  timestamptz NOT NULL,
    CONSTRAINT kis_execution_order_key UNIQUE (account_no, is_paper, exec_dt, odno),
    CONSTRAINT kis_execution_order_fkey FOREIGN KEY (account_no, is_paper, exec_dt, odno)
        REFERENCES kis_order_detail (account_no, is_paper, ord_dt, odno)
);

-- Daily cash movements and end-of-day summaries: created now, filled by a later issue.
CREATE TABLE kis_deposit_log (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no    varchar(20) NOT NULL,
    is_paper      boolean NOT NULL,
    log_date      date NOT NULL,
    deposit       bigint NOT NULL,
    available     bigint NOT NULL,
    deposited     bigint NOT NULL DEFAULT 0 CHECK (deposited >= 0),
    withdrawn     bigint NOT NULL DEFAULT 0 CHECK (withdrawn >= 0),
    updated_at    timestamptz NOT NULL,
    CONSTRAINT kis_deposit_log_day_key UNIQUE (account_no, is_paper, log_date)
);

CREATE TABLE kis_daily_summary (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no           varchar(20) NOT NULL,
    is_paper             boolean NOT NULL,
    summary_date         date NOT NULL,
    total_eval_amt       bigint NOT NULL,
    total_profit_loss    bigint NOT NULL,
    day_profit_loss      bigint NOT NULL,
    realized_profit_loss bigint NOT NULL,
    buy_amt              bigint NOT NULL CHECK (buy_amt >= 0),
    sell_amt             bigint NOT NULL CHECK (sell_amt >= 0),
    fees                 bigint NOT NULL CHECK (fees >= 0),
    taxes                bigint NOT NULL CHECK (taxes >= 0),
    deposits             bigint NOT NULL DEFAULT 0 CHECK (deposits >= 0),
    withdrawals          bigint NOT NULL DEFAULT 0 CHECK (withdrawals >= 0),
    updated_at           timestamptz NOT NULL,
    CONSTRAINT kis_daily_summary_day_key UNIQUE (account_no, is_paper, summary_date)
);
