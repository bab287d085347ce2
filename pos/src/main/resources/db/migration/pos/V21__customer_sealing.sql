-- Crypto-shredding (issue #18): names, card tokens and phone numbers are now sealed with the customer's own key
-- (CustomerKeys, kept outside the database), so an erased customer's rows left in free pages of the file can never be
-- read again. Sealed text is longer than the plain value: the columns grow. A phone is found by a 16-bit keyed
-- bucket of its tail instead of the tail itself (the tail was personal data in the clear).
ALTER TABLE customers ALTER COLUMN name SET DATA TYPE VARCHAR(1500);
ALTER TABLE customers ALTER COLUMN preferred_name SET DATA TYPE VARCHAR(800);
ALTER TABLE customers ALTER COLUMN card_token SET DATA TYPE VARCHAR(1000);
DROP INDEX customer_phones_tail;
DROP INDEX customer_phones_digits;
ALTER TABLE customer_phones DROP COLUMN phone_tail;
ALTER TABLE customer_phones ALTER COLUMN phone_digits SET DATA TYPE VARCHAR(200);
ALTER TABLE customer_phones ADD COLUMN phone_bucket INT;
CREATE INDEX customer_phones_bucket ON customer_phones (phone_bucket);
