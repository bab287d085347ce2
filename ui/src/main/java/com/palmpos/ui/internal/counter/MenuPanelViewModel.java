package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.Messages;

/**
 * Menu panel of the counter screen. For now it has no data source and shows its empty state; it will hold
 * categories and items. UI thread only.
 */
public final class MenuPanelViewModel {

    private final String title;
    private final EmptyState emptyState;

    public MenuPanelViewModel(Messages messages) {
        this.title = messages.get("counter.menu.title");
        this.emptyState = new EmptyState(messages.get("counter.menu.empty"), messages.get("counter.menu.emptyHint"));
    }

    public String title() {
        return title;
    }

    public EmptyState emptyState() {
        return emptyState;
    }
}
