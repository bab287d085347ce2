package com.palmpos.pos.privacy;

/** What a privacy request erases. The names are the cloud contract's scopes. */
public enum ErasureScope {
    /** The palm templates only; the profile, loyalty and order history stay. */
    BIOMETRICS,
    /** Everything about the customer: profile, templates, phone, purchase history; orders keep an anonymous id. */
    PROFILE
}
