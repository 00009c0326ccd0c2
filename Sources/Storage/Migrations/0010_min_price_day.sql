-- Issue 14: the dashboard reads each stock's minute bars of a day as one packed value, not as 390 rows.
--
-- min_price stays the source of truth. min_price_day is derived from it: the sync's only writer of min_price
-- (AccountWriter.writeMinuteBars) merges the bars it upserts into the packed days in the same transaction, under
-- one advisory lock, so the two never disagree (nothing deletes from min_price). The bars stored before this
-- migration are packed here.
--
-- bars: 48 bytes a bar, in strictly increasing minute order. A bar is six big-endian int8 in the binary
-- protocol's form: minute (timestamptz_send: microseconds since 2000-01-01 UTC), open, high, low, close, volume.
-- trade_date is the minute's date in KST. Stored out of line uncompressed (STORAGE EXTERNAL): pglz took 15 ms to
-- compress a day of 20 stocks (375 KB) on every sync and more to expand them on every render, to save 3x of a
-- table that is still smaller than min_price's rows of the same bars.
CREATE TABLE min_price_day (
    stock_code varchar(10) COLLATE "C" NOT NULL,
    trade_date date NOT NULL,
    bars       bytea NOT NULL CHECK (length(bars) > 0 AND length(bars) % 48 = 0),
    PRIMARY KEY (stock_code, trade_date)
);
ALTER TABLE min_price_day ALTER COLUMN bars SET STORAGE EXTERNAL;

INSERT INTO min_price_day (stock_code, trade_date, bars)
SELECT stock_code, (minute AT TIME ZONE 'Asia/Seoul')::date,
       string_agg(timestamptz_send(minute) || int8send(open) || int8send(high) || int8send(low)
                  || int8send(close) || int8send(volume), ''::bytea ORDER BY minute)
FROM min_price
GROUP BY 1, 2;
