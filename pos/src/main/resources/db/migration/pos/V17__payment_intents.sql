-- A card payment is committed as an intent before the processor is asked: a crash between the processor's answer
-- and the tender leaves this row OPEN, and start-up releases the authorization with the processor (issue 21).
CREATE TABLE payment_intents (
    payment_id   VARCHAR(80)  PRIMARY KEY,     -- also the idempotency key of the authorization
    order_id     VARCHAR(80)  NOT NULL,
    amount_minor BIGINT       NOT NULL,
    tip_minor    BIGINT       NOT NULL,
    currency     CHAR(3)      NOT NULL,
    card_token   VARCHAR(200) NOT NULL,        -- the processor's token, as on the tender; never a card number
    status       VARCHAR(12)  NOT NULL,        -- OPEN, RECORDED, DECLINED, VOIDED
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    note         VARCHAR(500)
);
CREATE INDEX payment_intents_status ON payment_intents (status);
