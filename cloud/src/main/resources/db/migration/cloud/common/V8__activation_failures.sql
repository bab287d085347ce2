-- Wrong activation codes per client address, shared by every instance on the same database: the rate limit on
-- guessing codes holds however many instances a load balancer spreads the guesses over. Rows older than the
-- window (10 minutes) are deleted as new failures come in.
CREATE TABLE activation_failure (
    remote    VARCHAR(64) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX activation_failure_remote ON activation_failure (remote, failed_at);
