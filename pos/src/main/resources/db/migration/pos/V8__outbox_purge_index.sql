-- The purge deletes delivered messages by delivery time; without this index every purge scans the whole outbox.
CREATE INDEX outbox_delivered ON outbox (status, delivered_at);
