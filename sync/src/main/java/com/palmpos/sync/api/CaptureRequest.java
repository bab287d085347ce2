package com.palmpos.sync.api;

/** Captures up to the authorized amount. */
public record CaptureRequest(long amountMinor) {
}
