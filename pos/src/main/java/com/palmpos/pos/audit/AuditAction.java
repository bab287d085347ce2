package com.palmpos.pos.audit;

/** What an audit entry records. The names are stored: add new ones, never rename. */
public enum AuditAction {
    /** A manager approved (or was refused approval for) a sensitive action; the outcome says which. */
    MANAGER_APPROVAL,
    /** A staff sign-in with a wrong PIN, or the sign-in that locked the account. */
    SIGN_IN_FAILED,
    /** A setting was changed; the detail names it (never a secret value). */
    SETTINGS_CHANGED,
    /** Someone searched the customer records from the privacy screen. */
    PRIVACY_LOOKUP,
    /** A customer's palm templates were deleted on request. */
    BIOMETRICS_DELETED,
    /** A customer's whole profile was deleted on request. */
    PROFILE_DELETED,
    /** A deletion made in the cloud (another store, the web) was applied to this terminal. */
    CLOUD_DELETION_APPLIED,
    /** The retention job deleted a customer's palm template after the retention period. */
    BIOMETRICS_EXPIRED,
    /** One run of the retention job, with its counts. */
    RETENTION_RUN,
    /** An order was voided. */
    VOID,
    /** An order was (partly) refunded. */
    REFUND,
    /** A payment was taken after the customer was identified by their palm. */
    IDENTIFIED_PAYMENT,
    /** The second factor above the payment threshold was checked. */
    SECOND_FACTOR
}
