package com.palmpos.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import com.palmpos.scanner.camera.sim.SceneScript;
import com.palmpos.scanner.camera.sim.SimulatedCameraDriver;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CameraSupervisorTest {
    private static final CameraSettings FAST = CameraSettings.defaults().withDriver(CameraSettings.Driver.SIMULATED)
            .withFps(30).withReopenBackoffMax(Duration.ofMillis(400));
    private final List<CameraStatus> statuses = new CopyOnWriteArrayList<>();
    private final AtomicLong frames = new AtomicLong();
    private CameraSupervisor supervisor;

    @AfterEach
    void close() {
        if (supervisor != null) {
            supervisor.close();
        }
    }

    @Test
    void deliversFramesOfTheSimulatedCameraWhileRunning() {
        start(new SimulatedCameraDriver(scene()));
        await().atMost(Duration.ofSeconds(10)).until(() -> frames.get() >= 10);
        assertThat(supervisor.status().state()).isEqualTo(CameraState.RUNNING);
        assertThat(supervisor.status().deviceName()).isEqualTo("Simulated camera");
    }

    @Test
    void reportsLostWhenUnpluggedAndRecoversWhenReplugged() {
        SimulatedCameraDriver driver = new SimulatedCameraDriver(scene());
        start(driver);
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.status().state() == CameraState.RUNNING);

        driver.unplug();
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.status().state() == CameraState.LOST);
        long framesWhileLost = frames.get();

        driver.replug();
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.status().state() == CameraState.RUNNING);
        await().atMost(Duration.ofSeconds(10)).until(() -> frames.get() > framesWhileLost + 5);
        assertThat(statuses).extracting(CameraStatus::state).containsSubsequence(CameraState.RUNNING,
                CameraState.LOST, CameraState.RUNNING);
    }

    @Test
    void noCameraAtAllIsAStateAndTheCameraIsPickedUpWhenPluggedInLater() {
        SimulatedCameraDriver driver = new SimulatedCameraDriver(scene());
        driver.unplug();
        start(driver);
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.status().state() == CameraState.NO_CAMERA);
        assertThat(frames.get()).isZero();

        driver.replug();
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.status().state() == CameraState.RUNNING);
    }

    @Test
    void aDriverThatThrowsWhileListingCountsAsNoCamera() {
        start(new WebcamDriver() {
            @Override
            public List<WebcamDevice> getDevices() {
                throw new IllegalStateException("native library missing");
            }

            @Override
            public boolean isThreadSafe() {
                return true;
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.status().state() == CameraState.NO_CAMERA);
    }

    @Test
    void closeStopsFramesAndReportsStopped() {
        start(new SimulatedCameraDriver(scene()));
        await().atMost(Duration.ofSeconds(10)).until(() -> frames.get() >= 3);
        supervisor.close();
        long after = frames.get();
        assertThat(supervisor.status().state()).isEqualTo(CameraState.STOPPED);
        assertThat(frames.get()).isEqualTo(after);
    }

    private void start(WebcamDriver driver) {
        supervisor = new CameraSupervisor(driver, FAST, f -> frames.incrementAndGet(), statuses::add);
        supervisor.start();
    }

    private static SceneScript scene() {
        return SceneScript.builder().hold("empty", new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR), 5)
                .build();
    }
}
