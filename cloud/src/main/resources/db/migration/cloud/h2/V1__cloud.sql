-- The cloud emulator's own store (never the terminal's). One row per business fact; the idempotency ledger keeps
-- the first response of every keyed call.
CREATE TABLE store (
    store_id      VARCHAR(40) PRIMARY KEY,
    settings_json CHARACTER LARGE OBJECT NOT NULL,
    menu_json     CHARACTER LARGE OBJECT NOT NULL
);
CREATE TABLE activation_code (
    code     VARCHAR(40) PRIMARY KEY,
    store_id VARCHAR(40) NOT NULL REFERENCES store
);
CREATE TABLE terminal (
    terminal_id   VARCHAR(40) PRIMARY KEY,
    store_id      VARCHAR(40) NOT NULL REFERENCES store,
    name          VARCHAR(80) NOT NULL,
    token_sha256  VARCHAR(64) NOT NULL UNIQUE,  -- the token itself is never stored
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE SEQUENCE customer_change_seq;
CREATE TABLE customer (
    customer_id       VARCHAR(40) PRIMARY KEY,
    display_name      VARCHAR(120),
    email             VARCHAR(200),
    phone             VARCHAR(40),
    loyalty_number    VARCHAR(40) UNIQUE,
    card_token        VARCHAR(60),
    consent_json      VARCHAR(1000),
    deleted           BOOLEAN NOT NULL DEFAULT FALSE,
    change_seq        BIGINT NOT NULL,             -- drives the delta feed; never a timestamp (clock skew)
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX customer_changes ON customer (change_seq);
CREATE TABLE palm_template (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id VARCHAR(40) NOT NULL REFERENCES customer ON DELETE CASCADE,
    template    VARBINARY(262144) NOT NULL
);
CREATE TABLE pre_enrollment (
    code         VARCHAR(20) PRIMARY KEY,
    display_name VARCHAR(120) NOT NULL,
    email        VARCHAR(200),
    phone        VARCHAR(40),
    consent_json VARCHAR(1000) NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    customer_id  VARCHAR(40)
);
CREATE TABLE card (
    token     VARCHAR(60) PRIMARY KEY,
    brand     VARCHAR(20) NOT NULL,
    last4     CHAR(4) NOT NULL,
    exp_month INT NOT NULL,
    exp_year  INT NOT NULL,
    behaviour VARCHAR(20) NOT NULL                -- which test-card behaviour; the card number is never stored
);
CREATE TABLE payment (
    payment_id     VARCHAR(40) PRIMARY KEY,
    order_id       VARCHAR(80) NOT NULL,
    card_token     VARCHAR(60) NOT NULL,
    status         VARCHAR(12) NOT NULL,
    amount_minor   BIGINT NOT NULL,
    captured_minor BIGINT NOT NULL DEFAULT 0,
    currency       CHAR(3) NOT NULL,
    decline_code   VARCHAR(40),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE orders (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id      VARCHAR(80) NOT NULL UNIQUE,    -- exactly-once: an order id is stored at most once
    store_id      VARCHAR(40) NOT NULL,
    terminal_id   VARCHAR(40) NOT NULL,
    payload       VARCHAR(1000000) NOT NULL,      -- inline, not a LOB: an order is a few hundred bytes
    payload_sha256 VARCHAR(64) NOT NULL,
    total_minor   BIGINT NOT NULL,
    currency      CHAR(3) NOT NULL,
    customer_id   VARCHAR(40),
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX orders_store ON orders (store_id, seq);
CREATE TABLE loyalty_entry (
    order_id    VARCHAR(80) NOT NULL,
    kind        VARCHAR(8) NOT NULL,              -- EARN or REDEEM
    customer_id VARCHAR(40) NOT NULL,
    points      BIGINT NOT NULL,                  -- signed
    PRIMARY KEY (order_id, kind)                  -- an order's points are counted once
);
CREATE INDEX loyalty_customer ON loyalty_entry (customer_id);
CREATE TABLE idempotency (
    scope         VARCHAR(60) NOT NULL,           -- the caller (terminal id, or "anonymous")
    idem_key      VARCHAR(100) NOT NULL,
    request_sha256 VARCHAR(64) NOT NULL,
    status        INT NOT NULL,
    content_type  VARCHAR(60) NOT NULL,
    body          VARBINARY(16777216) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, idem_key)
);
CREATE TABLE privacy_request (
    request_id   VARCHAR(40) PRIMARY KEY,
    customer_id  VARCHAR(40) NOT NULL,
    scope        VARCHAR(12) NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
