import nu.pattern.OpenCV;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/**
 * A Java agent that loads OpenCV inside the installed app's own JVM (its jlinked runtime and its class path, with the
 * trimmed OpenCV jar) before the app's main runs, and proves the native library works by computing with it.
 * smoke.sh attaches it with {@code JAVA_TOOL_OPTIONS=-javaagent:...}: the jpackage launcher has no other way in.
 * Prints one line to stderr; a failure to load ends the JVM with an exception, which smoke.sh reports.
 */
public final class OpenCvProbe {
    private OpenCvProbe() {
    }

    public static void premain(String args) {
        long start = System.nanoTime();
        OpenCV.loadLocally();
        Mat identity = Mat.eye(3, 3, CvType.CV_32F);
        double trace = Core.sumElems(identity).val[0];
        identity.release();
        System.err.printf("opencv-probe: OpenCV %s loaded in %d ms, trace of eye(3) = %.0f%n", Core.VERSION,
                (System.nanoTime() - start) / 1_000_000, trace);
    }
}
