package com.palmpos.ui.internal.manager;

import static com.palmpos.ui.testing.FxQueries.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.port.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Journey 7: the manager sees what waits to be sent, since when, and why it is not sent. */
class SyncPageFxTest extends ManagerFxTestBase {

    @Test
    void showsPendingCountOldestAgeAndLastErrorAndFollowsChanges() {
        Instant now = counter.clock.instant();
        sync.publish(SyncStatus.offline(4, "no route to host")
                .withTimes(Optional.of(now.minus(Duration.ofMinutes(12).plusSeconds(5))), Optional.empty()));
        openManagerHub();
        int listenersOnTheCounter = sync.listenerCount();

        robot.clickOn("#tile-sync");
        waitUntil(() -> fx.isShown("#page-sync"));

        assertThat(fx.text("#sync-connection")).startsWith("Offline");
        assertThat(fx.text("#sync-pending")).isEqualTo("4");
        assertThat(fx.text("#sync-oldest")).isEqualTo("12 min");
        assertThat(fx.text("#sync-last-error")).isEqualTo("no route to host");
        assertThat(fx.text("#sync-last-contact")).isEqualTo("not since the terminal started");

        sync.publish(SyncStatus.online(0).withTimes(Optional.empty(), Optional.of(now.minusSeconds(3))));
        waitUntil(() -> "Online".equals(fx.text("#sync-connection")));
        assertThat(fx.text("#sync-oldest")).isEqualTo("nothing waits");
        assertThat(fx.text("#sync-last-error")).isEqualTo("none");
        assertThat(fx.text("#sync-last-contact")).endsWith("s ago");

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> fx.isShown("#manager-tiles"));
        assertThat(sync.listenerCount()).isEqualTo(listenersOnTheCounter);
    }
}
