-- Issue 14: the dashboard reads a stock's minute bars as a few packed values, not as 390 rows a day.
--
-- min_price stays the source of truth. min_price_packed is derived from it: the only writer of min_price
-- (AccountWriter.writeMinuteBars) merges the bars it upserts into the packed values in the same transaction, under
-- one advisory lock, so the two never disagree (nothing deletes from min_price). The bars stored before this
-- migration are packed here.
--
-- One row per stock and half hour (slot: the half hour's start, on the UTC grid, which KST days also fall on), so
-- the every-minute light sync rewrites 1.4 KB per stock, not the whole day. bars: 48 bytes a bar, in strictly
-- increasing minute order, each six big-endian int8 in the binary protocol's form: minute (timestamptz_send:
-- microseconds since 2000-01-01 UTC), open, high, low, close, volume. Minute bars make at most 30 a half hour
-- (1,440 bytes), so a row stays inline; more (finer bars) would still be stored, only out of line.
CREATE TABLE min_price_packed (
    stock_code varchar(10) COLLATE "C" NOT NULL,
    slot       timestamptz NOT NULL CHECK (slot = date_bin('30 minutes', slot, timestamptz '2000-01-01 00:00+00')),
    bars       bytea NOT NULL CHECK (length(bars) >= 48 AND length(bars) % 48 = 0),
    PRIMARY KEY (stock_code, slot)
);

INSERT INTO min_price_packed (stock_code, slot, bars)
SELECT stock_code, date_bin('30 minutes', minute, timestamptz '2000-01-01 00:00+00'),
       string_agg(timestamptz_send(minute) || int8send(open) || int8send(high) || int8send(low)
                  || int8send(close) || int8send(volume), ''::bytea ORDER BY minute)
FROM min_price
GROUP BY 1, 2;
