package com.palmpos.scanner.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamException;
import com.palmpos.scanner.camera.sim.ImageFolderScene;
import com.palmpos.scanner.camera.sim.SceneScript;
import com.palmpos.scanner.camera.sim.SimulatedCameraDriver;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedSceneTest {

    @Test
    void playsTheScriptInOrderAndLoops() {
        List<String> labels = new ArrayList<>();
        SceneScript scene = SceneScript.builder().hold("empty", image(1), 2).hold("hand", image(2), 1).build();
        WebcamDevice device = new SimulatedCameraDriver("sim", scene, SimulatedCameraDriver.Playback.LOOP,
                (index, label, nanos) -> labels.add(label)).getDevices().get(0);
        device.open();
        for (int i = 0; i < 5; i++) {
            device.getImage();
        }
        assertThat(labels).containsExactly("empty", "empty", "hand", "empty", "empty");
    }

    @Test
    void holdsTheLastFrameWhenAskedTo() {
        SceneScript scene = SceneScript.builder().hold("a", image(1), 1).hold("b", image(2), 1).build();
        WebcamDevice device = new SimulatedCameraDriver("sim", scene, SimulatedCameraDriver.Playback.HOLD_LAST,
                (i, l, n) -> { }).getDevices().get(0);
        device.open();
        device.getImage();
        device.getImage();
        assertThat(device.getImage()).isSameAs(scene.frame(1));
    }

    @Test
    void anUnpluggedCameraDeliversNothingAndCannotBeOpened() {
        SimulatedCameraDriver driver = new SimulatedCameraDriver(SceneScript.builder().hold("a", image(1), 1).build());
        WebcamDevice device = driver.getDevices().get(0);
        device.open();
        driver.unplug();
        assertThat(device.getImage()).isNull();
        assertThat(driver.getDevices()).isEmpty();
        assertThatThrownBy(device::open).isInstanceOf(WebcamException.class).hasMessageContaining("unplugged");
    }

    @Test
    void appendsAnotherSceneWithItsLabels() {
        SceneScript first = SceneScript.builder().hold("a", image(1), 2).build();
        SceneScript both = SceneScript.builder().append(first).hold("b", image(2), 1).build();
        assertThat(both.length()).isEqualTo(3);
        assertThat(both.label(2)).isEqualTo("b");
    }

    @Test
    void demoSceneNeedsAtLeastOneCustomer() {
        SyntheticScenes scenes = new SyntheticScenes(new SyntheticPalms(1), Background.cycle(1));
        assertThatThrownBy(scenes::demo).hasMessageContaining("at least one customer");
    }

    @Test
    void rejectsAnEmptyScript() {
        assertThatThrownBy(() -> SceneScript.builder().build()).hasMessageContaining("at least one shot");
    }

    @Test
    void loadsAFolderOfImagesInNameOrder(@TempDir Path dir) throws Exception {
        ImageIO.write(image(2), "png", dir.resolve("b.png").toFile());
        ImageIO.write(image(1), "png", dir.resolve("a.png").toFile());
        SceneScript scene = ImageFolderScene.load(dir, 3);
        assertThat(scene.length()).isEqualTo(6);
        assertThat(scene.label(0)).isEqualTo("a.png");
        assertThat(scene.firstIndexOf("b.png")).isEqualTo(3);
    }

    @Test
    void rejectsAFolderWithoutImages(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "no images here");
        assertThatThrownBy(() -> ImageFolderScene.load(dir, 1)).hasMessageContaining("holds no .png or .jpg");
    }

    @Test
    void rejectsAMissingFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> ImageFolderScene.load(dir.resolve("absent"), 1))
                .hasMessageContaining("does not exist");
    }

    @Test
    void rejectsAnUndecodableImage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.png"), "not a png");
        assertThatThrownBy(() -> ImageFolderScene.load(dir, 1)).hasMessageContaining("broken.png")
                .hasMessageContaining("not a readable PNG");
    }

    @Test
    void rejectsImagesOfDifferentSizes(@TempDir Path dir) throws Exception {
        ImageIO.write(image(1), "png", dir.resolve("a.png").toFile());
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_3BYTE_BGR), "png", dir.resolve("b.png").toFile());
        assertThatThrownBy(() -> ImageFolderScene.load(dir, 1)).hasMessageContaining("one size");
    }

    private static BufferedImage image(int shade) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, shade);
        return image;
    }
}
