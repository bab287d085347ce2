package com.palmpos.scanner.camera.sim;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.function.BooleanSupplier;

/** The device of a {@link SimulatedCameraDriver}. Thread-safe (synchronized; reads are cheap). */
final class SimulatedCameraDevice implements WebcamDevice {
    private final String name;
    private final Scene scene;
    private final SimulatedCameraDriver.Playback playback;
    private final SimulatedCameraDriver.FrameTap tap;
    private final BooleanSupplier plugged;
    private final Dimension size;
    private boolean open;
    private long cursor;

    SimulatedCameraDevice(String name, Scene scene, SimulatedCameraDriver.Playback playback,
            SimulatedCameraDriver.FrameTap tap, BooleanSupplier plugged) {
        this.name = name;
        this.scene = scene;
        this.playback = playback;
        this.tap = tap;
        this.plugged = plugged;
        BufferedImage first = scene.frame(0);
        this.size = new Dimension(first.getWidth(), first.getHeight());
    }

    @Override
    public String getName() {
        return name;
    }

    /** Only the scene's own size: the simulation does not rescale. */
    @Override
    public Dimension[] getResolutions() {
        return new Dimension[] {new Dimension(size)};
    }

    @Override
    public Dimension getResolution() {
        return new Dimension(size);
    }

    @Override
    public void setResolution(Dimension ignored) {
        // the scene's size is fixed; like a camera that supports one mode, it keeps it
    }

    @Override
    public synchronized BufferedImage getImage() {
        if (!open || !plugged.getAsBoolean()) {
            return null;
        }
        int index = (int) (playback == SimulatedCameraDriver.Playback.LOOP
                ? cursor % scene.length() : Math.min(cursor, scene.length() - 1));
        cursor++;
        tap.delivered(index, scene.label(index), System.nanoTime());
        return scene.frame(index);
    }

    synchronized long delivered() {
        return cursor;
    }

    @Override
    public synchronized void open() {
        if (!plugged.getAsBoolean()) {
            throw new WebcamException("simulated camera " + name + " is unplugged");
        }
        open = true;
    }

    @Override
    public synchronized void close() {
        open = false;
    }

    @Override
    public void dispose() {
        close();
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }
}
