-- Append-only audit log of sensitive actions (privacy requests, refunds, voids, settings, manager approvals and
-- sign-in failures, identification-led payments, retention runs). Each row carries the SHA-256 of the previous
-- row's hash and its own fields, so an edited, inserted or removed row breaks the chain (AuditLog.verify()).
-- audit_head holds the newest hash: appends lock it, which serialises writers, and it exposes a cut-off tail.
CREATE TABLE audit_log (
    seq          BIGINT        PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    terminal_id  VARCHAR(60)   NOT NULL,
    actor        VARCHAR(60)   NOT NULL,   -- staff id, or 'system' / 'cloud'
    action       VARCHAR(40)   NOT NULL,
    subject      VARCHAR(120)  NOT NULL,   -- customer, order, setting or staff id the action was about
    outcome      VARCHAR(20)   NOT NULL,
    detail       VARCHAR(500)  NOT NULL,   -- never PINs, card numbers or templates
    prev_hash    CHAR(64)      NOT NULL,
    hash         CHAR(64)      NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject, seq);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_head (
    id           INT           PRIMARY KEY CHECK (id = 1),
    seq          BIGINT        NOT NULL,
    hash         CHAR(64)      NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The database refuses to change or remove an audit row, whoever asks (defence in depth: the code has no such call).
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
    CALL 'com.palmpos.pos.audit.internal.AppendOnlyTrigger';
