package com.palmpos.ui.internal.enrollment;

/** The three journeys of the enrollment area. */
public enum Journey {
    /** Consent, palm captures, card, details, commit. */
    ENROLL,
    /** An online pre-enrollment completed with its code and the palm. */
    PRE_ENROLLMENT,
    /** Link or open a loyalty account, show the points. */
    LOYALTY
}
