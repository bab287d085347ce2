package com.palmpos.sync.outbox;

/** What one round of sending did: how many messages were settled, whether the cloud answered, the error if any. */
record RoundResult(int settled, boolean contacted, String error) {
    static RoundResult idle() {
        return new RoundResult(0, false, null);
    }

    static RoundResult failure(boolean contacted, String error) {
        return new RoundResult(0, contacted, error);
    }
}
