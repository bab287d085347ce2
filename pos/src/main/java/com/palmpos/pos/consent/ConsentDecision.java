package com.palmpos.pos.consent;

/** What the customer decided about biometric processing. A decline is not recorded: it leaves nothing behind. */
public enum ConsentDecision {
    /** Agreed to the named notice version. */
    ACCEPTED,
    /** Withdrew consent; their palm template is deleted in the same transaction. */
    WITHDRAWN
}
