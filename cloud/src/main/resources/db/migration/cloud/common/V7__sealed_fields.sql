-- Sealed personal fields are stored as 'enc:v1:' + base64(nonce, AES-GCM ciphertext, tag): wider than the input
-- limits (120..200 characters, up to 4 bytes each in UTF-8).
ALTER TABLE customer ALTER COLUMN display_name SET DATA TYPE VARCHAR(1400);
ALTER TABLE customer ALTER COLUMN email SET DATA TYPE VARCHAR(1400);
ALTER TABLE customer ALTER COLUMN phone SET DATA TYPE VARCHAR(1400);
ALTER TABLE customer ALTER COLUMN card_token SET DATA TYPE VARCHAR(1400);
ALTER TABLE pre_enrollment ALTER COLUMN display_name SET DATA TYPE VARCHAR(1400);
ALTER TABLE pre_enrollment ALTER COLUMN email SET DATA TYPE VARCHAR(1400);
ALTER TABLE pre_enrollment ALTER COLUMN phone SET DATA TYPE VARCHAR(1400);
