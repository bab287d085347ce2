-- Terminal tokens rotate with an overlap: after a rotation the previous token keeps working until
-- previous_valid_until, so a terminal whose rotation answer was lost (offline, crash) is not locked out.
-- A revoked terminal (chain admin) authenticates with neither token.
ALTER TABLE terminal ADD COLUMN previous_token_sha256 VARCHAR(64);
ALTER TABLE terminal ADD COLUMN previous_valid_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE terminal ADD COLUMN token_issued_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE terminal ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX terminal_previous_token ON terminal (previous_token_sha256);
