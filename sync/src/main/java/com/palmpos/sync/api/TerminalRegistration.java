package com.palmpos.sync.api;

/** A registered terminal; {@code token} is the bearer token for every later call: keep it secret. */
public record TerminalRegistration(String terminalId, String storeId, String token) {
    @Override
    public String toString() {
        return "TerminalRegistration[terminalId=" + terminalId + ", storeId=" + storeId + ", token=***]";
    }
}
