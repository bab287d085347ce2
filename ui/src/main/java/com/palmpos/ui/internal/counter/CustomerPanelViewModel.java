package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.Messages;

/**
 * Customer panel of the counter screen. For now it has no data source and shows its empty state; it will hold
 * the recognised customer and their loyalty balance. UI thread only.
 */
public final class CustomerPanelViewModel {

    private final String title;
    private final EmptyState emptyState;

    public CustomerPanelViewModel(Messages messages) {
        this.title = messages.get("counter.customer.title");
        this.emptyState = new EmptyState(messages.get("counter.customer.empty"), messages.get("counter.customer.emptyHint"));
    }

    public String title() {
        return title;
    }

    public EmptyState emptyState() {
        return emptyState;
    }
}
