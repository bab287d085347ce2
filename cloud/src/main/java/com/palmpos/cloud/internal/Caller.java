package com.palmpos.cloud.internal;

/**
 * Who is calling: a registered terminal, or nobody for the unauthenticated calls.
 *
 * @param tokenSha256 the hash of the token the terminal presented (current or previous), for a token rotation
 */
public record Caller(String terminalId, String storeId, String chainId, String tokenSha256) {
    static final Caller ANONYMOUS = new Caller(null, null, null, null);

    public Caller(String terminalId, String storeId, String chainId) {
        this(terminalId, storeId, chainId, null);
    }

    String scope() {
        return terminalId == null ? "anonymous" : terminalId;
    }

    /** Refuses a call about another store than the caller's. */
    public void requireStore(String storeId) {
        if (!storeId.equals(this.storeId)) {
            throw new ApiError(403, "forbidden-store", "Forbidden",
                    "this terminal belongs to store " + this.storeId + ", not " + storeId);
        }
    }
}
