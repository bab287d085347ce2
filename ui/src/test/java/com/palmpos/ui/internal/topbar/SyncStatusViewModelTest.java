package com.palmpos.ui.internal.topbar;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.ui.internal.i18n.Messages;
import com.palmpos.ui.internal.topbar.SyncStatusViewModel.Indicator;
import com.palmpos.ui.port.SyncStatus;
import com.palmpos.ui.port.SyncStatusSource;
import com.palmpos.ui.task.ImmediateTaskRunner;
import com.palmpos.ui.testing.MutableSyncStatusSource;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SyncStatusViewModelTest {

    private final Messages english = Messages.forLocale(Locale.ENGLISH);
    private final MutableSyncStatusSource source = new MutableSyncStatusSource();
    private final SyncStatusViewModel sync = new SyncStatusViewModel(english, source, new ImmediateTaskRunner());

    @Test
    void saysNotConnectedYetByDefault() {
        SyncStatusViewModel unwired = new SyncStatusViewModel(english, SyncStatusSource.notConnected(),
                new ImmediateTaskRunner());

        assertThat(unwired.textProperty().get()).isEqualTo("Not connected yet");
        assertThat(unwired.indicatorProperty().get()).isEqualTo(Indicator.NOT_CONNECTED);
    }

    @Test
    void followsOnlineWithNothingPending() {
        source.publish(SyncStatus.online(0));

        assertThat(sync.textProperty().get()).isEqualTo("Online");
        assertThat(sync.indicatorProperty().get()).isEqualTo(Indicator.ONLINE);
        assertThat(sync.tooltipProperty().get()).isEqualTo("All data is sent.");
    }

    @Test
    void showsPendingUploadsWhileOnline() {
        source.publish(SyncStatus.online(3));

        assertThat(sync.textProperty().get()).isEqualTo("Online \u00b7 3 to send");
        assertThat(sync.indicatorProperty().get()).isEqualTo(Indicator.PENDING);
    }

    @Test
    void showsTheLastErrorInTheTooltipWhenOffline() {
        source.publish(SyncStatus.offline(12, "cloud.example.com did not answer within 10 s"));

        assertThat(sync.textProperty().get()).isEqualTo("Offline \u00b7 12 waiting");
        assertThat(sync.indicatorProperty().get()).isEqualTo(Indicator.OFFLINE);
        assertThat(sync.tooltipProperty().get()).endsWith("Last error: cloud.example.com did not answer within 10 s");
    }

    @Test
    void stopsListeningWhenClosed() {
        sync.close();

        assertThat(source.listenerCount()).isZero();
    }

    @Test
    void speaksGerman() {
        SyncStatusViewModel german = new SyncStatusViewModel(Messages.forLocale(Locale.GERMAN),
                SyncStatusSource.notConnected(), new ImmediateTaskRunner());

        assertThat(german.textProperty().get()).isEqualTo("Noch nicht verbunden");
    }
}
