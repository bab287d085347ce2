-- Palm templates are now stored AES-GCM encrypted with the terminal's template key (CustomerStore). Rows written
-- before this version are plaintext (sealed = FALSE) until CustomerStore.sealLegacyTemplates() re-encrypts them at
-- start-up. last_seen_at is the last time the customer was identified here; with their orders it dates the last
-- interaction the retention job counts from.
ALTER TABLE palm_templates ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE palm_templates ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;

-- The customer's phone number (digits only) from the cloud profile: for finding a customer on a privacy request and
-- for the optional second factor (last four digits) above a palm payment amount. Kept apart from the cached profile
-- so it is deleted with the customer and never shown on the counter screens.
CREATE TABLE customer_phones (
    customer_id   VARCHAR(80)  PRIMARY KEY,
    phone_digits  VARCHAR(20)  NOT NULL
);
CREATE INDEX customer_phones_digits ON customer_phones (phone_digits);
