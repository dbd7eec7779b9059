-- Seeded order history and recommendations from purchase history (issue #18, points 3 and 5).
-- Versioned 6.1 so that parallel branches adding migration 6 do not collide.

-- Each order history imported from a catalog directory, once: the row is inserted in the same
-- transaction as the orders, so a second instance (or a second start) finds it and skips.
CREATE TABLE order_history_import (
    history_key      VARCHAR(100)  NOT NULL PRIMARY KEY,
    customers        INTEGER       NOT NULL,
    orders           INTEGER       NOT NULL,
    lines            INTEGER       NOT NULL,
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "Bought together": for each pair of products, in how many orders both appear (both directions
-- are stored so one index range answers "what goes with X"). Derived data: rebuilt from order_line
-- by kr.catalog.api.recommendation.CoPurchaseRefresh on a schedule, never written by an order.
CREATE TABLE co_purchase (
    code_key         VARCHAR(64)   NOT NULL,
    other_key        VARCHAR(64)   NOT NULL,
    orders           INTEGER       NOT NULL,
    PRIMARY KEY (code_key, other_key)
);

-- What the last rebuild of co_purchase saw, so a rebuild runs only when orders changed.
CREATE TABLE co_purchase_state (
    id               INTEGER       NOT NULL PRIMARY KEY,
    last_order_id    BIGINT        NOT NULL,
    order_count      BIGINT        NOT NULL,
    cancelled_count  BIGINT        NOT NULL,
    computed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "Your usual items" reads a company's order lines; popularity counts orders per product.
CREATE INDEX order_line_code_key ON order_line (code_key, order_id);

-- Popularity: in how many orders each product appears (the last fallback, and the baseline the
-- offline measure compares with). Rebuilt with co_purchase.
CREATE TABLE product_popularity (
    code_key         VARCHAR(64)   NOT NULL PRIMARY KEY,
    orders           INTEGER       NOT NULL
);
CREATE INDEX product_popularity_orders ON product_popularity (orders);
