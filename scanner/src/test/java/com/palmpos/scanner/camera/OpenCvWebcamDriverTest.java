package com.palmpos.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.sarxos.webcam.WebcamException;
import com.palmpos.scanner.camera.internal.OpenCvWebcamDevice;
import com.palmpos.scanner.camera.internal.VideoDeviceProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on machines without a camera (CI, this build host): "no device" must be a state, not a crash. */
class OpenCvWebcamDriverTest {

    @Test
    void listsNoDevicesWhenTheProbeFindsNone() {
        assertThat(new OpenCvWebcamDriver(max -> List.of()).getDevices()).isEmpty();
    }

    @Test
    void reportsNoDevicesWhenProbingFails() {
        OpenCvWebcamDriver driver = new OpenCvWebcamDriver(max -> {
            throw new IllegalStateException("sysfs unreadable");
        });
        assertThat(driver.getDevices()).isEmpty();
    }

    @Test
    void linuxProbeNamesCaptureNodesAndSkipsMetadataNodes(@TempDir Path sysfs) throws Exception {
        node(sysfs, "video0", "Integrated Camera: Integrated C", "0");
        node(sysfs, "video1", "Integrated Camera: Integrated C", "1");
        node(sysfs, "video2", "Logitech C920", "0");
        assertThat(VideoDeviceProbe.linux(sysfs)).containsExactly(
                new VideoDeviceProbe.Found(0, "Integrated Camera: Integrated C"),
                new VideoDeviceProbe.Found(2, "Logitech C920"));
    }

    @Test
    void linuxProbeOfAMissingSysfsFolderFindsNothing(@TempDir Path dir) {
        assertThat(VideoDeviceProbe.linux(dir.resolve("absent"))).isEmpty();
    }

    @Test
    void openingAnAbsentCameraFailsWithAClearMessage() {
        OpenCvWebcamDevice device = new OpenCvWebcamDevice(63, "absent camera");
        assertThatThrownBy(device::open).isInstanceOf(WebcamException.class)
                .hasMessageContaining("cannot open camera absent camera (63)");
        assertThat(device.isOpen()).isFalse();
        assertThat(device.getImage()).isNull();
    }

    @Test
    void supervisorOnAMachineWithoutCameraReportsNoCamera() {
        List<CameraStatus> statuses = new CopyOnWriteArrayList<>();
        try (CameraSupervisor supervisor = new CameraSupervisor(new OpenCvWebcamDriver(),
                CameraSettings.defaults().withDevice(CameraSelector.parse("Camera that is not attached")),
                frame -> { }, statuses::add)) {
            supervisor.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.status().state() == CameraState.NO_CAMERA);
        }
        assertThat(statuses).extracting(CameraStatus::state)
                .containsSubsequence(CameraState.STARTING, CameraState.NO_CAMERA, CameraState.STOPPED);
        assertThat(statuses.get(1).message()).contains("plug the camera in");
    }

    private static void node(Path sysfs, String name, String label, String index) throws Exception {
        Path dir = Files.createDirectories(sysfs.resolve(name));
        Files.writeString(dir.resolve("name"), label + "\n");
        Files.writeString(dir.resolve("index"), index + "\n");
    }
}
