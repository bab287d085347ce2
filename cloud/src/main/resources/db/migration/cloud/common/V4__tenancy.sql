-- Tenancy as data: chain -> stores -> terminals; customers, cards and pre-enrollments belong to a chain; a store sees
-- the customers enrolled or recognised there (customer_store); a payment belongs to the store that took it.
-- Rows from before (the single demo store) move to the demo chain.
CREATE TABLE chain (
    chain_id VARCHAR(40) PRIMARY KEY,
    name     VARCHAR(120) NOT NULL
);
INSERT INTO chain (chain_id, name) VALUES ('demo-chain', 'Demo chain');
ALTER TABLE store ADD COLUMN chain_id VARCHAR(40) DEFAULT 'demo-chain' NOT NULL;
ALTER TABLE customer ADD COLUMN chain_id VARCHAR(40) DEFAULT 'demo-chain' NOT NULL;
ALTER TABLE card ADD COLUMN chain_id VARCHAR(40) DEFAULT 'demo-chain' NOT NULL;
ALTER TABLE pre_enrollment ADD COLUMN chain_id VARCHAR(40) DEFAULT 'demo-chain' NOT NULL;
ALTER TABLE payment ADD COLUMN store_id VARCHAR(40) DEFAULT 'demo-store' NOT NULL;
CREATE TABLE customer_store (
    customer_id VARCHAR(40) NOT NULL REFERENCES customer (customer_id) ON DELETE CASCADE,
    store_id    VARCHAR(40) NOT NULL REFERENCES store (store_id),
    PRIMARY KEY (customer_id, store_id)
);
INSERT INTO customer_store (customer_id, store_id) SELECT c.customer_id, s.store_id FROM customer c, store s;
CREATE INDEX customer_chain ON customer (chain_id);
