-- The cloud's customer profiles, cached for the counter. Filled by the sync module (upsert by customer id; an older
-- cloud version never overwrites a newer one). Card data is the linked card's token, brand and last four only.
CREATE TABLE customers (
    customer_id       VARCHAR(80)  PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    preferred_name    VARCHAR(100),
    loyalty_id        VARCHAR(80),
    dietary           VARCHAR(400) NOT NULL DEFAULT '',
    allergens         VARCHAR(400) NOT NULL DEFAULT '',
    card_token        VARCHAR(200),
    card_brand        VARCHAR(40),
    card_last4        CHAR(4),
    points_balance    BIGINT       NOT NULL DEFAULT 0,
    points_as_of      TIMESTAMP WITH TIME ZONE,
    cloud_version     BIGINT       NOT NULL,
    cloud_updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    cached_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX customers_loyalty_id ON customers (loyalty_id);

-- Palm templates are biometric data: kept apart from the profile so they can be deleted (or encrypted) on their own.
CREATE TABLE palm_templates (
    customer_id       VARCHAR(80)  PRIMARY KEY,
    template          BINARY LARGE OBJECT NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Loyalty points moved by this terminal. One row per (order, kind, ref): saving or syncing an order twice can never
-- count its points twice. EARN and REDEEM are written when the order is paid; REVERSE when it is refunded.
CREATE TABLE loyalty_ledger (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id       VARCHAR(80)  NOT NULL,
    order_id          VARCHAR(36)  NOT NULL,
    kind              VARCHAR(10)  NOT NULL,
    ref               VARCHAR(80)  NOT NULL,
    points            BIGINT       NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT loyalty_once UNIQUE (order_id, kind, ref)
);
CREATE INDEX loyalty_customer ON loyalty_ledger (customer_id, recorded_at);
