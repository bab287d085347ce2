-- Activation codes issued by a chain admin are one-time and expire; the seeded demo code stays reusable (demo only).
ALTER TABLE activation_code ADD COLUMN reusable BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE activation_code ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE activation_code ADD COLUMN used_by VARCHAR(40);
