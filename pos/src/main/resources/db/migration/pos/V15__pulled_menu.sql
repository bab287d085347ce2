-- The last menu pulled from the cloud that passed validation, in the PalmPOS menu format: an offline start uses it
-- (the bundled demo menu only when no menu was ever pulled). One row per store; a newer pull replaces it.
CREATE TABLE pulled_menu (
    store_id   VARCHAR(80)  PRIMARY KEY,
    version    VARCHAR(120) NOT NULL,
    document   CLOB         NOT NULL,
    pulled_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
