package com.palmpos.pos.staff;

/** Actions a manager must approve with their PIN, at any screen. */
public enum SensitiveAction {
    /** Refund (part of) a paid order. */
    REFUND,
    /** Void an order. */
    VOID,
    /** Change a setting. */
    SETTINGS,
    /** Look up customers or erase their data on request. */
    PRIVACY
}
