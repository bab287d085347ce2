package com.palmpos.ui.internal.topbar;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.port.SyncStatusSource;
import com.palmpos.ui.task.TaskRunner;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The online indicator: turns {@link SyncStatus} updates (from any thread) into text, tooltip and a colour state on
 * the UI thread. Properties are touched on the UI thread only. {@link #close()} ends the subscription.
 */
public final class SyncStatusViewModel implements AutoCloseable {

    /** Colour of the indicator dot; the view maps it to a style class. */
    public enum Indicator { NOT_CONNECTED, ONLINE, PENDING, OFFLINE }

    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Indicator> indicator = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bannerDetail = new ReadOnlyStringWrapper("");
    private final SyncStatusSource.Subscription subscription;

    public SyncStatusViewModel(Messages messages, SyncStatusSource source, TaskRunner tasks) {
        this.messages = Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(tasks, "tasks");
        show(source.current());
        subscription = source.subscribe(status -> tasks.runOnUiThread(() -> show(status)));
    }

    void show(SyncStatus status) {
        int pending = status.pendingUploads();
        switch (status.connection()) {
            case NOT_CONNECTED -> {
                text.set(messages.get("sync.notConnected"));
                indicator.set(Indicator.NOT_CONNECTED);
            }
            case ONLINE -> {
                text.set(pending == 0 ? messages.get("sync.online") : messages.get("sync.online.pending", pending));
                indicator.set(pending == 0 ? Indicator.ONLINE : Indicator.PENDING);
            }
            case OFFLINE -> {
                text.set(pending == 0 ? messages.get("sync.offline") : messages.get("sync.offline.pending", pending));
                indicator.set(Indicator.OFFLINE);
            }
        }
        tooltip.set(tooltipFor(status));
        boolean offline = status.connection() == SyncStatus.Connection.OFFLINE;
        banner.set(offline ? messages.get("sync.banner.offline") : "");
        bannerDetail.set(offline ? messages.get("sync.banner.pending", pending) : "");
    }

    private String tooltipFor(SyncStatus status) {
        if (status.connection() == SyncStatus.Connection.NOT_CONNECTED) {
            return messages.get("sync.tooltip.notConnected");
        }
        String summary = status.pendingUploads() == 0
                ? messages.get("sync.tooltip.ok")
                : messages.get("sync.tooltip.pending", status.pendingUploads());
        return status.lastError()
                .map(error -> summary + "\n" + messages.get("sync.tooltip.lastError", error))
                .orElse(summary);
    }

    @Override
    public void close() {
        subscription.close();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }

    /** The offline banner's headline ("selling goes on"); empty unless the cloud is unreachable. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The offline banner's second line: how many changes wait to be sent; empty unless offline. */
    public ReadOnlyStringProperty bannerDetailProperty() {
        return bannerDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Indicator> indicatorProperty() {
        return indicator.getReadOnlyProperty();
    }
}
