package com.palmpos.ui.internal.enrollment;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What an enrollment journey's screen shows: the step, its title and status line, an error, the label of the
 * primary action (empty = none yet), whether "try again" is offered, capture progress, the card read and a
 * summary. Journeys write it, views bind to it. UI thread only.
 *
 * @param <S> the journey's steps
 */
public final class JourneyState<S extends Enum<S>> {

    private final ReadOnlyObjectWrapper<S> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper primary = new ReadOnlyStringWrapper(this, "primary", "");
    private final ReadOnlyBooleanWrapper retry = new ReadOnlyBooleanWrapper(this, "retry");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper captured = new ReadOnlyIntegerWrapper(this, "captured");
    private final ReadOnlyIntegerWrapper required = new ReadOnlyIntegerWrapper(this, "required");
    private final ReadOnlyStringWrapper card = new ReadOnlyStringWrapper(this, "card", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** Moves to {@code next}: new title and status; error, primary action and retry are cleared. */
    void enter(S next, String newTitle, String newStatus) {
        title.set(newTitle);
        status.set(newStatus);
        error.set("");
        primary.set("");
        retry.set(false);
        step.set(next);
    }

    void clear() {
        step.set(null);
        title.set("");
        status.set("");
        error.set("");
        primary.set("");
        retry.set(false);
        busy.set(false);
        captured.set(0);
        required.set(0);
        card.set("");
        summary.set("");
    }

    S step() {
        return step.get();
    }

    void status(String text) {
        status.set(text);
    }

    void error(String text) {
        error.set(text);
    }

    void primary(String label) {
        primary.set(label);
    }

    void retry(boolean offered) {
        retry.set(offered);
    }

    void busy(boolean working) {
        busy.set(working);
    }

    void progress(int done, int of) {
        required.set(of);
        captured.set(done);
    }

    int captured() {
        return captured.get();
    }

    int required() {
        return required.get();
    }

    void card(String text) {
        card.set(text);
    }

    void summary(String text) {
        summary.set(text);
    }

    public ReadOnlyObjectProperty<S> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty retryProperty() {
        return retry.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty capturedProperty() {
        return captured.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty requiredProperty() {
        return required.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
