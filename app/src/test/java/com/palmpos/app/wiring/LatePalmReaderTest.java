package com.palmpos.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.camera.CameraState;
import com.palmpos.scanner.camera.CameraStatus;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.capture.CaptureListener;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.port.PalmReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The palm reader the screens hold while the real one warms up in the background. */
class LatePalmReaderTest {
    private final LatePalmReader late = new LatePalmReader();
    private final List<CaptureEvent> seen = new CopyOnWriteArrayList<>();
    private final CaptureListener listener = seen::add;

    @Test
    void saysThePalmReaderIsStartingUntilConnected() {
        assertThat(late.cameraStatus().state()).isEqualTo(CameraState.STARTING);
        assertThat(late.cameraStatus().message()).contains("palm reader is starting").contains("sales");
        assertThat(late.enrolledAs(null)).isEmpty();
        assertThat(late.connected()).isFalse();
    }

    @Test
    void refusesAnEnrollmentBeforeTheReaderIsUpWithTheReason() {
        assertThatThrownBy(() -> late.startEnrollment(3)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("palm reader is starting");
    }

    @Test
    void handsItsListenersToTheReaderAndTellsThemTheCameraState() {
        late.addListener(listener);
        Recording real = new Recording(new CameraStatus(CameraState.RUNNING, "Simulated camera", "running"));

        late.connect(real);

        assertThat(real.listeners).containsExactly(listener);
        assertThat(seen).containsExactly(new CaptureEvent.CameraChanged(real.status));
        assertThat(late.cameraStatus()).isEqualTo(real.status);
        late.startEnrollment(3);
        assertThat(real.calls).contains("startEnrollment 3");
    }

    @Test
    void replaysGalleryChangesMadeBeforeTheConnectSoADeletedPalmIsNotRecognised() {
        late.removeFromGallery("cus-gone");
        Recording real = new Recording(new CameraStatus(CameraState.RUNNING, "", "running"));

        late.connect(real);
        late.removeFromGallery("cus-later");

        assertThat(real.calls).containsExactly("remove cus-gone", "remove cus-later");
    }

    @Test
    void aReaderThatCannotStartIsShownAsStoppedWithTheReason() {
        late.addListener(listener);

        late.fail("The palm reader did not start (no OpenCV for this CPU)");

        assertThat(late.cameraStatus().state()).isEqualTo(CameraState.STOPPED);
        assertThat(late.cameraStatus().message()).contains("no OpenCV for this CPU");
        assertThat(seen).hasSize(1).first().isInstanceOfSatisfying(CaptureEvent.CameraChanged.class,
                changed -> assertThat(changed.status().state()).isEqualTo(CameraState.STOPPED));
    }

    @Test
    void connectsOnlyOnce() {
        late.connect(new Recording(new CameraStatus(CameraState.RUNNING, "", "running")));

        assertThatThrownBy(() -> late.connect(new Recording(new CameraStatus(CameraState.RUNNING, "", "again"))))
                .isInstanceOf(IllegalStateException.class);
    }

    /** A reader that records what it was asked. */
    private static final class Recording implements PalmReader {
        final CameraStatus status;
        final List<CaptureListener> listeners = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        Recording(CameraStatus status) {
            this.status = status;
        }

        @Override
        public void addListener(CaptureListener l) {
            listeners.add(l);
        }

        @Override
        public void removeListener(CaptureListener l) {
            listeners.remove(l);
        }

        @Override
        public void addPreviewListener(PreviewListener l) {
        }

        @Override
        public void removePreviewListener(PreviewListener l) {
        }

        @Override
        public void startEnrollment(int captures) {
            calls.add("startEnrollment " + captures);
        }

        @Override
        public void cancelEnrollment() {
            calls.add("cancel");
        }

        @Override
        public void addToGallery(String customerId, PalmTemplate template) {
            calls.add("add " + customerId);
        }

        @Override
        public Optional<String> enrolledAs(PalmTemplate template) {
            return Optional.empty();
        }

        @Override
        public void removeFromGallery(String customerId) {
            calls.add("remove " + customerId);
        }

        @Override
        public CameraStatus cameraStatus() {
            return status;
        }
    }
}
