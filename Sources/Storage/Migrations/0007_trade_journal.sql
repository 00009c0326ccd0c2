-- The order journal (issue 10). Written only by the trading commands, except that the sync reconciles statuses.
-- The journal never holds an unmasked account: account_no here is the masked form (1234****-01), which is
-- enough to tell one user's accounts apart and is what every log line shows.

ALTER TABLE trade_orders
    ADD COLUMN kind varchar(6) NOT NULL DEFAULT 'NEW' CHECK (kind IN ('NEW', 'CANCEL')),
    ADD COLUMN ord_dvsn varchar(2) NOT NULL DEFAULT '00',
    ADD COLUMN branch varchar(10) NOT NULL DEFAULT '',
    ADD COLUMN original_order_no varchar(20),
    ADD COLUMN request_id text,
    ADD COLUMN cancelled_qty bigint NOT NULL DEFAULT 0 CHECK (cancelled_qty >= 0),
    ADD COLUMN filled_amt bigint NOT NULL DEFAULT 0 CHECK (filled_amt >= 0);

CREATE UNIQUE INDEX trade_orders_request_key ON trade_orders (request_id) WHERE request_id IS NOT NULL;

-- Append-only: every preview, refusal, confirmation, KIS answer and reconciliation, in the order they happened.
-- detail holds facts about the order (side, code, quantity, price, msg_cd); never a password, a confirmation
-- code, a key or an account number.
CREATE TABLE trade_order_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no  varchar(20) NOT NULL,
    is_paper    boolean NOT NULL,
    request_id  text NOT NULL,
    order_no    varchar(20),
    event       varchar(20) NOT NULL CHECK (event IN (
                    'PREVIEWED', 'CODE_REFUSED', 'PASSWORD_REFUSED', 'GUARD_REFUSED', 'SENT', 'ACCEPTED',
                    'REJECTED', 'OUTCOME_UNKNOWN', 'RECONCILED', 'STATUS')),
    detail      jsonb NOT NULL DEFAULT '{}'::jsonb,
    recorded_at timestamptz NOT NULL
);

CREATE INDEX trade_order_events_account_time ON trade_order_events (account_no, is_paper, recorded_at);
CREATE INDEX trade_order_events_request ON trade_order_events (request_id);

CREATE FUNCTION trade_order_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'trade_order_events is append-only';
END
$$;

CREATE TRIGGER trade_order_events_no_change BEFORE UPDATE OR DELETE ON trade_order_events
    FOR EACH ROW EXECUTE FUNCTION trade_order_events_append_only();
