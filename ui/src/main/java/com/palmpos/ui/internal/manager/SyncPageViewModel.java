package com.palmpos.ui.internal.manager;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.port.SyncStatusSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Sync status for the manager: connection, how many changes wait, how long the oldest has waited, the last error
 * and the cloud's last answer. Follows the {@link SyncStatusSource} while shown; {@link #tick()} ages the times.
 * UI thread only.
 */
public final class SyncPageViewModel implements PageModel {

    private final ManagerContext context;
    private final Clock clock;
    private final Feedback feedback = new Feedback();
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper healthy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper oldest = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastContact = new ReadOnlyStringWrapper("");
    private SyncStatusSource.Subscription subscription;
    private SyncStatus status = SyncStatus.NOT_CONNECTED;

    public SyncPageViewModel(ManagerContext context) {
        this.context = context;
        this.clock = context.services().clock();
    }

    @Override
    public void onShow() {
        onHide();
        subscription = context.sync().subscribe(next -> context.tasks().runOnUiThread(() -> show(next)));
        show(context.sync().current());
    }

    @Override
    public void onHide() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Recomputes the ages from the clock (the view calls it every second while shown). */
    public void tick() {
        show(status);
    }

    private void show(SyncStatus next) {
        status = next;
        Messages messages = context.messages();
        connection.set(messages.get(switch (next.connection()) {
            case NOT_CONNECTED -> "manager.sync.notConnected";
            case ONLINE -> "manager.sync.online";
            case OFFLINE -> "manager.sync.offline";
        }));
        healthy.set(next.connection() == SyncStatus.Connection.ONLINE && next.lastError().isEmpty());
        pending.set(Integer.toString(next.pendingUploads()));
        Instant now = clock.instant();
        oldest.set(next.pendingUploads() == 0 ? messages.get("manager.sync.nothingWaits")
                : next.oldestPending().map(at -> age(Duration.between(at, now), messages))
                        .orElse(messages.get("manager.sync.unknown")));
        lastError.set(next.lastError().orElse(messages.get("manager.sync.noError")));
        lastContact.set(next.lastContact()
                .map(at -> messages.get("manager.sync.ago", age(Duration.between(at, now), messages)))
                .orElse(messages.get("manager.sync.never")));
    }

    /** "45 s", "12 min", "3 h 05 min", "2 d 4 h": precise enough to judge whether sync is stuck. */
    static String age(Duration age, Messages messages) {
        long seconds = Math.max(0, age.getSeconds());
        if (seconds < 60) {
            return messages.get("manager.sync.age.seconds", seconds);
        }
        if (seconds < 3600) {
            return messages.get("manager.sync.age.minutes", seconds / 60);
        }
        if (seconds < 86_400) {
            return messages.get("manager.sync.age.hours", seconds / 3600, String.format("%02d", seconds % 3600 / 60));
        }
        return messages.get("manager.sync.age.days", seconds / 86_400, seconds % 86_400 / 3600);
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty healthyProperty() {
        return healthy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty oldestProperty() {
        return oldest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastContactProperty() {
        return lastContact.getReadOnlyProperty();
    }

    public Feedback feedback() {
        return feedback;
    }
}
