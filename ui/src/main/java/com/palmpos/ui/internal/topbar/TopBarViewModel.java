package com.palmpos.ui.internal.topbar;

import com.palmpos.ui.UiSettings;
import com.palmpos.ui.internal.i18n.Messages;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Store/terminal caption, clock and sync indicator of the cashier window's top bar. The view calls
 * {@link #tick()} about once a second. UI thread only.
 */
public final class TopBarViewModel {

    private final Clock clock;
    private final DateTimeFormatter timeFormat;
    private final String caption;
    private final SyncStatusViewModel sync;
    private final ReadOnlyStringWrapper time = new ReadOnlyStringWrapper();

    public TopBarViewModel(Messages messages, UiSettings settings, Clock clock, SyncStatusViewModel sync) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.timeFormat = messages.timeFormatter(clock.getZone());
        this.caption = messages.get("topbar.storeTerminal", settings.storeName(), settings.terminalName());
        tick();
    }

    /** Re-reads the clock; cheap. */
    public void tick() {
        time.set(timeFormat.format(clock.instant()));
    }

    public String caption() {
        return caption;
    }

    public ReadOnlyStringProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    public SyncStatusViewModel sync() {
        return sync;
    }
}
