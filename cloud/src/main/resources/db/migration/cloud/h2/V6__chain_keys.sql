-- Envelope encryption: one data key per chain, stored wrapped by the master key (which is never stored, only its
-- fingerprint). Sealed templates are 32 bytes longer than plain ones; `sealed` marks them so the start-up pass
-- seals the templates written before (or by code that does not seal).
CREATE TABLE chain_key (
    chain_id      VARCHAR(40) PRIMARY KEY,
    wrapped_key   VARBINARY(128) NOT NULL,
    master_key_id VARCHAR(16) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE palm_template ALTER COLUMN template SET DATA TYPE VARBINARY(262400);
ALTER TABLE palm_template ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
