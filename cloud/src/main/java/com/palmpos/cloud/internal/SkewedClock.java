package com.palmpos.cloud.internal;

import com.palmpos.cloud.FaultInjector;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock shifted by the fault injector's current skew. Thread-safe. */
public final class SkewedClock extends Clock {
    private final Clock base;
    private final FaultInjector faults;

    public SkewedClock(Clock base, FaultInjector faults) {
        this.base = base;
        this.faults = faults;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SkewedClock(base.withZone(zone), faults);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(faults.clockSkew());
    }
}
