-- The sync module's small state on the terminal: the customer delta cursor, the terminal's registration.
CREATE TABLE sync_state (
    name       VARCHAR(60) PRIMARY KEY,
    val        VARCHAR(2000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
