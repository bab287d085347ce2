package com.palmpos.scanner.capture;

import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.camera.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Records camera frames in which the engine reads an open palm, as numbered PNG files in one folder, so that a store
 * can measure its own camera and light with {@code palmpos eval DIR --input hand}. Frames arrive on the camera
 * thread and are analysed on one worker thread; frames that arrive while the worker is busy are dropped, and saves
 * are at least {@code minIntervalNanos} apart so that the captures differ. Existing files are never overwritten:
 * numbering continues after the highest number in the folder. Thread-safe.
 */
public final class OpenHandRecorder implements Consumer<Frame>, AutoCloseable {
    private final PalmEngine engine;
    private final Path folder;
    private final int count;
    private final long minIntervalNanos;
    private final Consumer<String> progress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "palmpos-capture-recorder");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final CompletableFuture<List<Path>> done = new CompletableFuture<>();
    private final List<Path> saved = new ArrayList<>();
    private int next;
    private long lastSave = Long.MIN_VALUE;
    private FailureReason lastFailure;

    /**
     * @param folder created if missing
     * @param count frames to record
     * @param minIntervalNanos least time between two saved frames
     * @param progress receives one line per saved frame and per change of guidance
     * @throws UncheckedIOException if the folder cannot be created or listed
     */
    public OpenHandRecorder(PalmEngine engine, Path folder, int count, long minIntervalNanos,
            Consumer<String> progress) {
        if (count < 1) {
            throw new IllegalArgumentException("frame count must be at least 1, got " + count);
        }
        this.engine = Objects.requireNonNull(engine, "engine");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.count = count;
        this.minIntervalNanos = minIntervalNanos;
        this.progress = Objects.requireNonNull(progress, "progress");
        try {
            Files.createDirectories(folder);
            this.next = highestNumber(folder) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or list " + folder + ": check the path and permissions", e);
        }
    }

    /** Completes with the saved files once {@code count} frames are saved, or exceptionally if writing fails. */
    public CompletableFuture<List<Path>> done() {
        return done;
    }

    @Override
    public void accept(Frame frame) {
        if (done.isDone() || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    analyse(frame);
                } catch (RuntimeException | IOException e) {
                    done.completeExceptionally(e);
                } finally {
                    busy.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            busy.set(false);
        }
    }

    private void analyse(Frame frame) throws IOException {
        if (frame.capturedNanos() - lastSave < minIntervalNanos && lastSave != Long.MIN_VALUE) {
            return;
        }
        Extraction extraction = engine.extract(frame.image(), InputKind.HAND);
        if (!extraction.succeeded()) {
            FailureReason reason = extraction.failure().orElseThrow();
            if (reason != lastFailure) {
                lastFailure = reason;
                progress.accept(reason.advice());
            }
            return;
        }
        lastFailure = null;
        Path file = folder.resolve(String.format("%04d.png", next++));
        if (!ImageIO.write(frame.image(), "png", file.toFile())) {
            throw new IOException("no PNG writer for a " + frame.image().getType() + " image");
        }
        lastSave = frame.capturedNanos();
        saved.add(file);
        progress.accept(String.format("saved %s (%d of %d, quality %.2f)", file.getFileName(), saved.size(), count,
                extraction.quality().orElseThrow().score()));
        if (saved.size() == count) {
            done.complete(List.copyOf(saved));
        }
    }

    private static int highestNumber(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d{1,9}\\.png"))
                    .mapToInt(n -> Integer.parseInt(n.substring(0, n.length() - 4)))
                    .max().orElse(0);
        }
    }

    /** Stops the worker; frames still arriving are ignored. */
    @Override
    public void close() {
        worker.shutdownNow();
    }
}
