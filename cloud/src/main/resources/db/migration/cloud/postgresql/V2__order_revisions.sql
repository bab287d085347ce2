-- versioned uploads: the cloud keeps the highest revision of an order (NULL: a write-once upload)
ALTER TABLE orders ADD COLUMN revision BIGINT;
