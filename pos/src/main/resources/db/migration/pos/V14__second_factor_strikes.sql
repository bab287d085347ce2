-- Wrong answers to the palm payment's second factor (last four phone digits) per customer, and the lock they led to:
-- kept on disk so restarting the terminal does not lift a lockout. A right answer deletes the row; forgetting a
-- customer deletes it too (CustomerStore.delete).
CREATE TABLE second_factor_strikes (
    customer_id    VARCHAR(80) PRIMARY KEY,
    wrong_answers  INT NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
