package com.palmpos.sync.api;

/** Exchanges a store's activation code for a terminal identity and bearer token. */
public record RegisterTerminalRequest(String activationCode, String terminalName) {
}
