-- Loyalty lookup by phone at the counter (issue #7, journey 6). A number is compared by its last 9 significant
-- digits: leading zeros dropped (the national trunk 0, the international 00), then the last 9 digits kept, so
-- "0170 1234567", "+49 170 1234567" and "0049 (0)170-1234567" share the tail 701234567. PhoneTail computes the same
-- key for what the cashier types; the column is generated so stored and pulled phones never need a second write.
ALTER TABLE customer_phones ADD COLUMN phone_tail VARCHAR(9)
    GENERATED ALWAYS AS (RIGHT(REGEXP_REPLACE(phone_digits, '^0+', ''), 9));
CREATE INDEX customer_phones_tail ON customer_phones (phone_tail);
