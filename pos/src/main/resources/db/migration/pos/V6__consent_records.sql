-- Biometric consent, append-only: one row per decision (accepted for a notice version, or withdrawn). The current
-- state of a customer is their newest row. A declined consent is never written: declining leaves nothing behind.
CREATE TABLE consent_records (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id     VARCHAR(80)  NOT NULL,
    notice_version  VARCHAR(40)  NOT NULL,
    decision        VARCHAR(12)  NOT NULL,   -- ACCEPTED or WITHDRAWN
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    terminal_id     VARCHAR(80)  NOT NULL
);
CREATE INDEX consent_records_customer ON consent_records (customer_id, id);
