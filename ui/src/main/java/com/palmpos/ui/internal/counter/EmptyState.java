package com.palmpos.ui.internal.counter;

/** What a panel says while it has nothing to show: a short title and a hint on what fills it. Immutable. */
public record EmptyState(String title, String hint) {}
