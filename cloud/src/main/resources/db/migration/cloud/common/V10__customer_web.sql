-- The customer web pages (com.palmpos.cloud.web): an online pre-enrollment carries the store chosen, the card token
-- the processor's hosted page returned (never a card number) and whether the customer asked for a loyalty account;
-- browser sessions live here so several instances share them; every page action is audited.
ALTER TABLE pre_enrollment ADD COLUMN card_token VARCHAR(1400);   -- sealed like the other personal fields
ALTER TABLE pre_enrollment ADD COLUMN store_id VARCHAR(40);
ALTER TABLE pre_enrollment ADD COLUMN loyalty BOOLEAN DEFAULT TRUE NOT NULL;
CREATE TABLE web_session (
    id_sha256   VARCHAR(64) PRIMARY KEY,              -- the cookie value itself is never stored
    csrf        VARCHAR(64) NOT NULL,
    customer_id VARCHAR(40),                          -- set once signed in with a one-time code
    data_json   VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_session_expiry ON web_session (expires_at);
CREATE TABLE web_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    action      VARCHAR(40) NOT NULL,
    outcome     VARCHAR(20) NOT NULL,
    session_ref VARCHAR(12) NOT NULL,                 -- first 12 hex digits of the session hash
    customer_id VARCHAR(40),
    chain_id    VARCHAR(40) NOT NULL
);
CREATE INDEX web_audit_customer ON web_audit (customer_id);
-- The change number of the customer row an erasure left, so the page can tell which terminals have pulled it.
ALTER TABLE privacy_request ADD COLUMN change_seq BIGINT;
-- What each terminal has confirmed of the customer feed: the cursor it sends is the change it has applied.
CREATE TABLE terminal_pull (
    terminal_id   VARCHAR(40) PRIMARY KEY,
    store_id      VARCHAR(40) NOT NULL,
    confirmed_seq BIGINT NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
