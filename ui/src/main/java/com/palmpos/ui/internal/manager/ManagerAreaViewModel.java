package com.palmpos.ui.internal.manager;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Navigation inside the manager area: the hub ({@link ManagerPage#HOME}) and one page at a time. Tells a page when
 * it appears and disappears so it loads fresh data and stops its listeners. UI thread only.
 */
public final class ManagerAreaViewModel {

    private final ReadOnlyObjectWrapper<ManagerPage> page = new ReadOnlyObjectWrapper<>(ManagerPage.HOME);
    private final MenuAvailabilityViewModel menu;
    private final ShiftViewModel shift;
    private final SyncPageViewModel sync;
    private final SettingsViewModel settings;
    private final OrdersViewModel orders;
    private final PrivacyViewModel privacy;
    private final AuditPageViewModel audit;
    private final Map<ManagerPage, PageModel> models = new EnumMap<>(ManagerPage.class);

    /** Builds every page's view model over {@code context}; cheap (pages load their data when shown). */
    public ManagerAreaViewModel(ManagerContext context) {
        Objects.requireNonNull(context, "context");
        this.menu = new MenuAvailabilityViewModel(context);
        models.put(ManagerPage.MENU, menu);
        this.shift = new ShiftViewModel(context);
        models.put(ManagerPage.SHIFT, shift);
        this.sync = new SyncPageViewModel(context);
        models.put(ManagerPage.SYNC, sync);
        this.settings = new SettingsViewModel(context);
        models.put(ManagerPage.SETTINGS, settings);
        this.orders = new OrdersViewModel(context);
        models.put(ManagerPage.ORDERS, orders);
        // privacy requests need the audited privacy service: without it the tile stays disabled
        this.privacy = context.manager().map(ports -> new PrivacyViewModel(context, ports)).orElse(null);
        if (privacy != null) {
            models.put(ManagerPage.PRIVACY, privacy);
        }
        this.audit = context.manager().map(ports -> new AuditPageViewModel(context, ports.audit())).orElse(null);
        if (audit != null) {
            models.put(ManagerPage.AUDIT, audit);
        }
    }

    /** Shows {@code target}; the page shown before is told it is hidden. No effect if it shows already. */
    public void open(ManagerPage target) {
        Objects.requireNonNull(target, "target");
        ManagerPage current = page.get();
        if (current == target || (target != ManagerPage.HOME && !models.containsKey(target))) {
            return;
        }
        PageModel leaving = models.get(current);
        if (leaving != null) {
            leaving.onHide();
        }
        page.set(target);
        PageModel entering = models.get(target);
        if (entering != null) {
            entering.onShow();
        }
    }

    /** Esc on a page: back to the hub. False on the hub itself (the shell then leaves the manager area). */
    public boolean back() {
        if (page.get() == ManagerPage.HOME) {
            return false;
        }
        open(ManagerPage.HOME);
        return true;
    }

    /** Whether {@code target} can be opened (a page whose services are wired). */
    public boolean has(ManagerPage target) {
        return target == ManagerPage.HOME || models.containsKey(target);
    }

    public ReadOnlyObjectProperty<ManagerPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public MenuAvailabilityViewModel menu() {
        return menu;
    }

    public ShiftViewModel shift() {
        return shift;
    }

    public SyncPageViewModel sync() {
        return sync;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public OrdersViewModel orders() {
        return orders;
    }

    /** The audit page's model, or null when the audit log is not wired. */
    public AuditPageViewModel audit() {
        return audit;
    }

    /** The privacy page's model, or null when the privacy services are not wired. */
    public PrivacyViewModel privacy() {
        return privacy;
    }
}
