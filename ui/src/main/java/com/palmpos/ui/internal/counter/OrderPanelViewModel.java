package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.Messages;

/**
 * Order panel of the counter screen. For now it has no data source and shows its empty state; it will hold
 * the lines of the order being taken. UI thread only.
 */
public final class OrderPanelViewModel {

    private final String title;
    private final EmptyState emptyState;

    public OrderPanelViewModel(Messages messages) {
        this.title = messages.get("counter.order.title");
        this.emptyState = new EmptyState(messages.get("counter.order.empty"), messages.get("counter.order.emptyHint"));
    }

    public String title() {
        return title;
    }

    public EmptyState emptyState() {
        return emptyState;
    }
}
