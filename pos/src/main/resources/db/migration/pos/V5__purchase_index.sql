-- What each customer bought, one row per item of a paid or completed order: the customer's history for favourites
-- and recommendations without reading whole order documents. Maintained in the order's own transaction
-- (OrderWriter); orders paid before this migration are not indexed (none existed outside development).
CREATE TABLE purchase_index (
    order_id     VARCHAR(36)  NOT NULL,
    customer_id  VARCHAR(80)  NOT NULL,
    bought_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    item_id      VARCHAR(80)  NOT NULL,
    PRIMARY KEY (order_id, item_id)
);
CREATE INDEX purchase_index_customer ON purchase_index (customer_id, bought_at DESC);
