package com.palmpos.ui.bench;

import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.capture.PreviewFrame;
import com.palmpos.ui.internal.fx.PreviewPainter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the customer display pays on the FX thread per camera frame: copying a preview frame into the PixelBuffer
 * behind the preview image (PreviewPainter); the conversion and upload happen later on the render thread. The camera delivers 15 frames/s, so the budget per frame is 66 ms; a pulse that
 * paints should stay well under 1 ms. Runs headless (Monocle, software pipeline), as the tests do.
 * Run: {@code mvn -B -o -pl ui -am -Pbench test-compile exec:exec -Dbench.args="PreviewPaint -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
    "-Djava.awt.headless=true"})
public class PreviewPaintBenchmark {

    /** Preview widths: the capture loop's default and a larger one for a big customer display. */
    @Param({"320", "640"})
    public int width;

    private static final int PAINTS = 100;

    private final PreviewPainter painter = new PreviewPainter();
    private PreviewFrame frame;

    @Setup(Level.Trial)
    public void startToolkit() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        int height = width * 3 / 4;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xFF000000 | (i * 2654435761L > 0 ? i * 31 : i * 17) & 0xFFFFFF;
        }
        frame = new PreviewFrame(width, height, pixels, new PalmBox(0.3, 0.3, 0.4, 0.5), PreviewFrame.Outline.READY, 1);
    }

    @TearDown(Level.Trial)
    public void stopToolkit() {
        Platform.exit();
    }

    /** Paints on the FX thread (PixelBuffer requires it), 100 frames per hand-off so the hand-off does not count. */
    @Benchmark
    @OperationsPerInvocation(PAINTS)
    public WritableImage paintFrame() throws Exception {
        CompletableFuture<WritableImage> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            WritableImage image = null;
            for (int i = 0; i < PAINTS; i++) {
                image = painter.paint(frame);
            }
            painted.complete(image);
        });
        return painted.get(10, TimeUnit.SECONDS);
    }
}
