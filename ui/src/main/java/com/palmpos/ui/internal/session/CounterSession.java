package com.palmpos.ui.internal.session;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.order.Order;
import com.palmpos.ui.CounterServices;
import com.palmpos.ui.internal.i18n.ErrorTexts;
import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.task.TaskRunner;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the counter is working on right now, shared by the menu, order, customer, payment and companion views:
 * the open order (null before the first item) and the customer served (null when anonymous). Views observe the
 * properties; changes go through the services on the task runner and land here on the FX thread. FX thread only.
 */
public final class CounterSession {

    private final CounterServices services;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ObjectProperty<Order> order = new SimpleObjectProperty<>(this, "order");
    private final ObjectProperty<CustomerProfile> customer = new SimpleObjectProperty<>(this, "customer");
    private final ObjectProperty<CompanionPage> companionPage =
            new SimpleObjectProperty<>(this, "companionPage", new CompanionPage.Idle());

    public CounterSession(CounterServices services, TaskRunner tasks, Messages messages) {
        this.services = Objects.requireNonNull(services, "services");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public CounterServices services() {
        return services;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Messages messages() {
        return messages;
    }

    /** Failures as sentences in the screen's language (refusal texts, generic texts for the rest). Cheap. */
    public ErrorTexts errors() {
        return new ErrorTexts(messages, services.settings().zone());
    }

    /** The order being rung up; null until the first item is added and again after it is paid or voided. */
    public ObjectProperty<Order> orderProperty() {
        return order;
    }

    /** The customer being served (identified by palm or chosen by the cashier); null when anonymous. */
    public ObjectProperty<CustomerProfile> customerProperty() {
        return customer;
    }

    /** What the customer display shows; journeys set it, the companion window draws it. */
    public ObjectProperty<CompanionPage> companionPageProperty() {
        return companionPage;
    }

    /**
     * Who the next palm event is for: the page on the customer display names it (a palm payment or an enrollment
     * owns the palm while its page is shown; customer recognition otherwise). FX thread.
     */
    public PalmOwner palmOwner() {
        return companionPage.get().palmOwner();
    }

    /** Ends the sale: no order, no customer, the companion back to idle (after payment, void or cancel). */
    public void clear() {
        order.set(null);
        customer.set(null);
        companionPage.set(new CompanionPage.Idle());
    }
}
