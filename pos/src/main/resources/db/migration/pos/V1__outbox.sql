-- Changes waiting to reach the cloud. Written in the same transaction as the business change they describe,
-- so a committed order always has its outbox row and a rolled-back one never does.
CREATE TABLE outbox (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id      UUID          NOT NULL UNIQUE,   -- also the idempotency key of the upload
    entity_type     VARCHAR(40)   NOT NULL,
    entity_id       VARCHAR(80)   NOT NULL,
    kind            VARCHAR(60)   NOT NULL,
    payload         CHARACTER LARGE OBJECT NOT NULL,  -- JSON
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(12)   NOT NULL DEFAULT 'PENDING', -- PENDING, DELIVERED, REJECTED
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(1000),
    delivered_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_pending ON outbox (status, seq);
CREATE INDEX outbox_entity ON outbox (entity_type, entity_id, seq);
