package com.palmpos.ui.internal.manager;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A question a page asks before an action that cannot be undone, optionally with the manager PIN as approval.
 * Immutable.
 *
 * @param message what will happen, in one or two sentences
 * @param confirmText the label of the button that does it, e.g. "Void order"
 * @param needsPin whether the manager must type their PIN to approve
 * @param onConfirm runs with the PIN typed (an empty array without PIN); it owns the array and wipes it
 */
public record Confirmation(String message, String confirmText, boolean needsPin, Consumer<char[]> onConfirm) {

    public Confirmation {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(confirmText, "confirmText");
        Objects.requireNonNull(onConfirm, "onConfirm");
    }
}
