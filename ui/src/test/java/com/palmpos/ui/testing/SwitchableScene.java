package com.palmpos.ui.testing;

import com.palmpos.scanner.camera.sim.Scene;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A simulated camera scene the test changes while the camera runs: {@link #play} starts another scene from its
 * first frame (then loops it), so a test shows a customer's hand exactly when it wants to. Reports a huge length so
 * the camera's frame counter reaches it unwrapped. Thread-safe.
 */
public final class SwitchableScene implements Scene {

    private volatile Playing playing;

    private record Playing(Scene scene, long firstIndex) {
    }

    public SwitchableScene(Scene first) {
        playing = new Playing(Objects.requireNonNull(first, "first"), 0);
    }

    /** Plays {@code scene} from its first frame at the camera's next read. */
    public void play(Scene scene) {
        playing = new Playing(Objects.requireNonNull(scene, "scene"), -1);
    }

    @Override
    public int length() {
        return Integer.MAX_VALUE;
    }

    @Override
    public BufferedImage frame(int index) {
        Playing now = current(index);
        return now.scene().frame(local(now, index));
    }

    @Override
    public String label(int index) {
        Playing now = current(index);
        return now.scene().label(local(now, index));
    }

    private synchronized Playing current(int index) {
        if (playing.firstIndex() < 0) {
            playing = new Playing(playing.scene(), index);
        }
        return playing;
    }

    private static int local(Playing playing, int index) {
        return (int) (Math.max(0, index - playing.firstIndex()) % playing.scene().length());
    }
}
