-- Staff PINs are stored as PBKDF2-HMAC-SHA256 hashes with a per-user salt; the iteration count is stored so it can be
-- raised later without invalidating existing PINs.
CREATE TABLE staff (
    staff_id          VARCHAR(60)  PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    role              VARCHAR(10)  NOT NULL,
    pin_hash          VARBINARY(64) NOT NULL,
    pin_salt          VARBINARY(32) NOT NULL,
    pin_iterations    INT          NOT NULL,
    must_change_pin   BOOLEAN      NOT NULL,
    failed_attempts   INT          NOT NULL DEFAULT 0,
    locked_until      TIMESTAMP WITH TIME ZONE,
    active            BOOLEAN      NOT NULL DEFAULT TRUE
);

-- A cashier's shift at a terminal with its cash drawer counts; at most one open shift per terminal.
CREATE TABLE shifts (
    shift_id          VARCHAR(36)  PRIMARY KEY,
    terminal_id       VARCHAR(60)  NOT NULL,
    staff_id          VARCHAR(60)  NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    opening_float     BIGINT       NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE,
    expected_cash     BIGINT,
    counted_cash      BIGINT,
    currency          CHAR(3)      NOT NULL
);
CREATE INDEX shifts_terminal ON shifts (terminal_id, closed_at);
