-- Stock per location (issue #17): the central warehouse and branch stores, each with its own
-- stock row per product and the bin the product lies in. stock_item stays the one source of truth
-- for stock; its rows gain a location, and the rows counted so far were the warehouse's.
CREATE TABLE stock_location (
    code           VARCHAR(32)  PRIMARY KEY,
    kind           VARCHAR(16)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    address        VARCHAR(300) NOT NULL,
    -- Days a transfer from the warehouse takes to reach this location (0 for the warehouse).
    transfer_days  INTEGER      NOT NULL DEFAULT 0,
    sort_order     INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT stock_location_kind CHECK (kind IN ('WAREHOUSE', 'STORE')),
    CONSTRAINT stock_location_transfer_days CHECK (transfer_days >= 0 AND transfer_days <= 60),
    CONSTRAINT stock_location_code CHECK (code ~ '^[A-Z0-9-]{2,32}$')
);
-- Exactly one central warehouse: delivery orders and the legacy /api/stock/{code} refer to it.
CREATE UNIQUE INDEX stock_location_one_warehouse ON stock_location (kind) WHERE kind = 'WAREHOUSE';

INSERT INTO stock_location (code, kind, name, address, transfer_days, sort_order)
VALUES ('WH', 'WAREHOUSE', '본사 물류센터', '경기도 이천시 마장면 물류로 100', 0, 0);

ALTER TABLE stock_item ADD COLUMN location_code VARCHAR(32) NOT NULL DEFAULT 'WH'
    REFERENCES stock_location (code);
ALTER TABLE stock_item ALTER COLUMN location_code DROP DEFAULT;
-- Bin location inside the warehouse or store (zone-aisle-shelf), for picking.
ALTER TABLE stock_item ADD COLUMN bin VARCHAR(32);
ALTER TABLE stock_item DROP CONSTRAINT stock_item_pkey;
-- Product first: availability per product across locations reads one index range.
ALTER TABLE stock_item ADD CONSTRAINT stock_item_pkey PRIMARY KEY (code_key, location_code);
-- Per location (search flags per store, a store's count).
CREATE INDEX stock_item_location ON stock_item (location_code, code_key);

-- The location an order reserved its stock at: releases and shipments take it from there.
ALTER TABLE customer_order ADD COLUMN stock_location VARCHAR(32) NOT NULL DEFAULT 'WH'
    REFERENCES stock_location (code);
ALTER TABLE customer_order ALTER COLUMN stock_location DROP DEFAULT;
