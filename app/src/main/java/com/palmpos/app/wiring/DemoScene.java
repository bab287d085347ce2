package com.palmpos.app.wiring;

import com.palmpos.scanner.camera.sim.Scene;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The demo camera's film, replaceable while the camera runs: the terminal starts on an empty counter at once and
 * switches to the demo customers' visits once they are rendered in the background. Both scenes must have the same
 * frame size (the simulated device reads it once). Thread-safe.
 */
final class DemoScene implements Scene {

    private volatile Scene current;

    DemoScene(Scene first) {
        this.current = Objects.requireNonNull(first, "first");
    }

    void play(Scene next) {
        current = Objects.requireNonNull(next, "next");
    }

    @Override
    public int length() {
        return current.length();
    }

    @Override
    public BufferedImage frame(int index) {
        Scene scene = current;
        // the index may come from the previous scene's length
        return scene.frame(index % scene.length());
    }

    @Override
    public String label(int index) {
        Scene scene = current;
        return scene.label(index % scene.length());
    }
}
