package com.palmpos.ui.internal.counter;

import com.palmpos.ui.internal.i18n.Messages;

/** The counter screen: menu, order and customer panels side by side. UI thread only. */
public final class CounterViewModel {

    private final MenuPanelViewModel menu;
    private final OrderPanelViewModel order;
    private final CustomerPanelViewModel customer;

    private final CounterSession session;

    public CounterViewModel(CounterSession session) {
        this.session = session;
        Messages messages = session.messages();
        this.menu = new MenuPanelViewModel(messages);
        this.order = new OrderPanelViewModel(messages);
        this.customer = new CustomerPanelViewModel(session);
    }

    public CounterSession session() {
        return session;
    }

    public MenuPanelViewModel menu() {
        return menu;
    }

    public OrderPanelViewModel order() {
        return order;
    }

    public CustomerPanelViewModel customer() {
        return customer;
    }
}
