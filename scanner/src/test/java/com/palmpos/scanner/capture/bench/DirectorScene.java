package com.palmpos.scanner.capture.bench;

import com.palmpos.scanner.camera.sim.Scene;
import java.awt.image.BufferedImage;

/**
 * A one-frame "scene" whose picture the benchmark switches at will (hand in, hand out), so every benchmark
 * invocation starts at a known moment. The device asks for the label, then the frame; the frame returned is the
 * one whose label was last given, so a switch between the two calls cannot mis-time a frame. Camera thread only,
 * apart from {@link #show}.
 */
final class DirectorScene implements Scene {
    private record Shot(String label, BufferedImage image) {
    }

    private volatile Shot current;
    private Shot labelled;

    DirectorScene(String label, BufferedImage image) {
        current = new Shot(label, image);
        labelled = current;
    }

    void show(String label, BufferedImage image) {
        current = new Shot(label, image);
    }

    @Override
    public int length() {
        return 1;
    }

    @Override
    public BufferedImage frame(int index) {
        return labelled.image();
    }

    @Override
    public String label(int index) {
        labelled = current;
        return labelled.label();
    }
}
