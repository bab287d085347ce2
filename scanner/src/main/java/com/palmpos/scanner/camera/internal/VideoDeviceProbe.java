package com.palmpos.scanner.camera.internal;

import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opencv.videoio.VideoCapture;

/** Finds camera indices OpenCV can open, without a device list API. Thread-safe. */
public interface VideoDeviceProbe {

    /** A camera found: its OpenCV index and a name to select it by. */
    record Found(int index, String name) {
    }

    /** Cameras present now. */
    List<Found> find(int maxIndices);

    /** Linux: sysfs listing (cheap, opens nothing); elsewhere: try to open each index. */
    static VideoDeviceProbe forThisSystem() {
        Path sysfs = Path.of("/sys/class/video4linux");
        if (System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return max -> linux(sysfs);
        }
        return VideoDeviceProbe::byOpening;
    }

    /**
     * Lists capture nodes under {@code sysfsDir} (one folder per /dev/videoN with a {@code name} file). Nodes with
     * {@code index} other than 0 are a camera's metadata streams and are skipped.
     */
    static List<Found> linux(Path sysfsDir) {
        if (!Files.isDirectory(sysfsDir)) {
            return List.of();
        }
        Pattern node = Pattern.compile("video(\\d+)");
        List<Found> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(sysfsDir)) {
            for (Path entry : entries.sorted().toList()) {
                Matcher m = node.matcher(entry.getFileName().toString());
                if (m.matches() && read(entry.resolve("index"), "0").strip().equals("0")) {
                    int index = Integer.parseInt(m.group(1));
                    found.add(new Found(index, read(entry.resolve("name"), "video" + index).strip()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + sysfsDir + ": " + e.getMessage(), e);
        }
        return found;
    }

    private static String read(Path file, String fallback) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return fallback;
        }
    }

    /** Windows and macOS: open each index briefly; slow for absent ones. */
    static List<Found> byOpening(int maxIndices) {
        OpenCvRuntime.ensureLoaded();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < maxIndices; i++) {
            VideoCapture capture = new VideoCapture(i);
            try {
                if (capture.isOpened()) {
                    found.add(new Found(i, "OpenCV camera " + i));
                }
            } finally {
                capture.release();
            }
        }
        return found;
    }
}
