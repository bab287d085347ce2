package com.palmpos.ui.internal.companion;

import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.i18n.Messages;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the customer-facing display says. Starts idle (welcome + "hold your open hand over the reader"); later
 * journeys (recognition, order total, payment) set other texts through this model. UI thread only.
 */
public final class CompanionViewModel {

    private final Messages messages;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper();
    private final String storeName;

    public CompanionViewModel(Messages messages, UiSettings settings) {
        this.messages = messages;
        this.storeName = settings.storeName();
        showIdle();
    }

    /** Back to the welcome screen shown between customers. */
    public void showIdle() {
        headline.set(messages.get("companion.welcome", storeName));
        message.set(messages.get("companion.idle"));
        hint.set(messages.get("companion.idleHint"));
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
