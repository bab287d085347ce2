package com.palmpos.scanner.capture.internal;

import com.palmpos.scanner.camera.Frame;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A mailbox of one frame between the camera thread and the analysis thread: a new frame replaces one not yet
 * taken (counted as dropped). Analysis therefore always works on the newest frame and memory never grows when it
 * falls behind. Thread-safe.
 */
public final class LatestFrameSlot {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition filled = lock.newCondition();
    private final AtomicLong dropped = new AtomicLong();
    private Frame frame;

    /** Puts a frame, replacing (dropping) an untaken one. Never blocks for long. */
    public void put(Frame next) {
        lock.lock();
        try {
            if (frame != null) {
                dropped.incrementAndGet();
            }
            frame = next;
            filled.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The newest frame, waiting up to {@code timeoutMillis}; null on timeout. */
    public Frame take(long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (frame == null && nanos > 0) {
                nanos = filled.awaitNanos(nanos);
            }
            Frame taken = frame;
            frame = null;
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /** Frames replaced before analysis could take them. */
    public long dropped() {
        return dropped.get();
    }
}
