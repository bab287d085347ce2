package com.palmpos.sync.api;

import java.time.Instant;

/**
 * A customer's biometric consent decision taken after enrollment: {@link #GRANTED} (e.g. for a newer notice) or
 * {@link #WITHDRAWN} (the cloud erases the customer's palm templates at once; the profile stays).
 *
 * @param policyVersion the notice version accepted or withdrawn
 * @param channel       {@code counter} or {@code web}
 * @param terminalId    the terminal where it was taken, if any
 */
public record ConsentChange(String decision, String policyVersion, Instant decidedAt, String channel, String terminalId) {
    public static final String GRANTED = "GRANTED";
    public static final String WITHDRAWN = "WITHDRAWN";
}
