package com.palmpos.ui.internal.manager;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one-line status of a manager page: shown at once when an action starts (so a touch gets an answer within a
 * frame), then replaced by the result. UI thread only.
 */
public final class Feedback {

    /** How the line is styled. */
    public enum Kind { NONE, BUSY, INFO, OK, ERROR }

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.NONE);

    public void busy(String message) {
        set(message, Kind.BUSY);
    }

    /** A neutral fact, e.g. "No open orders". */
    public void info(String message) {
        set(message, Kind.INFO);
    }

    public void ok(String message) {
        set(message, Kind.OK);
    }

    public void error(String message) {
        set(message, Kind.ERROR);
    }

    public void clear() {
        set("", Kind.NONE);
    }

    public boolean isBusy() {
        return kind.get() == Kind.BUSY;
    }

    private void set(String message, Kind newKind) {
        text.set(message);
        kind.set(newKind);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }
}
