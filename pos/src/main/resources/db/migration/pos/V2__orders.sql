-- Orders are stored as a JSON document (the immutable Order value, totals as sold) plus the columns the counter,
-- the reports and the manager screens query by. The document is the truth; the columns are kept in step with it.
CREATE TABLE orders (
    id                VARCHAR(36)  PRIMARY KEY,
    number            INT          NOT NULL,
    store_id          VARCHAR(60)  NOT NULL,
    terminal_id       VARCHAR(60)  NOT NULL,
    business_date     DATE         NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    mode              VARCHAR(12)  NOT NULL,
    customer_id       VARCHAR(80),
    staff_id          VARCHAR(60),
    currency          CHAR(3)      NOT NULL,
    total_minor       BIGINT       NOT NULL,
    payment_due       BOOLEAN      NOT NULL DEFAULT FALSE,
    revision          BIGINT       NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    document          CHARACTER LARGE OBJECT NOT NULL
);
CREATE UNIQUE INDEX orders_number ON orders (terminal_id, business_date, number);
CREATE INDEX orders_day ON orders (business_date);
CREATE INDEX orders_customer ON orders (customer_id, opened_at);
CREATE INDEX orders_payment_due ON orders (payment_due);

-- One row per tender, mirrored from the order document, so that offline exposure and cash-drawer figures are
-- cheap queries. Card data is token, brand and last four digits only.
CREATE TABLE payments (
    payment_id        VARCHAR(36)  PRIMARY KEY,
    order_id          VARCHAR(36)  NOT NULL REFERENCES orders (id),
    terminal_id       VARCHAR(60)  NOT NULL,
    tender_type       VARCHAR(8)   NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    amount_minor      BIGINT       NOT NULL,
    tip_minor         BIGINT       NOT NULL,
    currency          CHAR(3)      NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payments_status ON payments (status);
CREATE INDEX payments_time ON payments (terminal_id, created_at);

-- Items taken off sale for now ("86'd"); absent means available.
CREATE TABLE item_availability (
    item_id           VARCHAR(60)  PRIMARY KEY,
    unavailable_since TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by         VARCHAR(60)
);
