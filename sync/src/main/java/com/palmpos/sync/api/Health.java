package com.palmpos.sync.api;

import java.time.Instant;

/** Liveness of the cloud; {@code time} is the cloud's clock (useful to spot terminal clock skew). */
public record Health(String status, String version, Instant time) {
}
