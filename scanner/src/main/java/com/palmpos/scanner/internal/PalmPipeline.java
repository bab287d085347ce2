package com.palmpos.scanner.internal;

import com.palmpos.scanner.CaptureAdvice;
import com.palmpos.scanner.DebugSink;
import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.FailureReason;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmLocation;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.Quality;
import com.palmpos.scanner.internal.code.BitCode;
import com.palmpos.scanner.internal.code.FeatureCoder;
import com.palmpos.scanner.internal.code.FeatureCoders;
import com.palmpos.scanner.internal.code.QualityMeter;
import com.palmpos.scanner.internal.hand.HandLocator;
import com.palmpos.scanner.internal.hand.KeypointPalmLocator;
import com.palmpos.scanner.internal.hand.PalmRegion;
import com.palmpos.scanner.internal.image.Images;
import com.palmpos.scanner.internal.image.MatScope;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.CLAHE;
import org.opencv.imgproc.Imgproc;

/**
 * The extraction pipeline as a list of named stages: input -> (palm detection -> keypoint ROI [-> valley
 * refinement], or the classic hand segmentation -> valleys -> ROI) -> quality
 * -> feature code -> template. Each stage can be dumped to a {@link DebugSink}.
 * Not thread-safe (reuses scratch matrices): one instance per thread.
 */
public final class PalmPipeline {
    private final Parameters p;
    private final DebugSink sink;
    private final HandLocator handLocator;
    private KeypointPalmLocator keypointLocator;
    private final FeatureCoder coder;
    private final QualityMeter meter;
    private final CLAHE clahe;

    public PalmPipeline(Parameters p, DebugSink sink) {
        this.p = p;
        this.sink = sink;
        this.handLocator = new HandLocator(p, sink);
        this.coder = FeatureCoders.create(p);
        this.meter = new QualityMeter(p);
        this.clahe = p.roiContrastClip() > 0 ? Imgproc.createCLAHE(p.roiContrastClip(), new Size(4, 4)) : null;
    }

    /**
     * Extracts a template; every matrix made on the way is released before it returns.
     *
     * @param forEnrollment an enrollment capture (may spend more on the palm square, see {@link
     *     com.palmpos.scanner.HandDetection.Mirror})
     */
    public Extraction extract(BufferedImage image, InputKind kind, boolean forEnrollment) {
        try (MatScope scope = new MatScope()) {
            return extract(image, kind, forEnrollment, scope);
        }
    }

    private Extraction extract(BufferedImage image, InputKind kind, boolean forEnrollment, MatScope scope) {
        Mat bgr = scope.add(Images.toBgr(image));
        sink.stage("input", () -> image);
        Mat roi;
        List<Mat> turned = List.of();
        double openness = 1;
        double size = 1;
        PalmLocation where = null;
        if (kind == InputKind.HAND) {
            PalmRegion region = p.useDetector() ? keypointLocator().locate(bgr, forEnrollment) : handLocator.locate(bgr);
            where = region.location();
            if (region.failure() != null) {
                return failed(region.failure(), where);
            }
            roi = scope.add(region.roi());
            region.turnedRois().forEach(scope::add);
            turned = region.turnedRois();
            openness = region.openness();
            size = region.sizeScore();
        } else {
            roi = croppedRoi(bgr, scope);
        }
        Mat roiView = roi;
        sink.stage("roi", () -> Images.toBufferedImage(roiView));

        double sharpness = meter.sharpness(roi);
        double brightness = meter.brightness(roi);
        boolean dark = brightness < (p.minBrightness() + p.maxBrightness()) / 2;
        if (brightness < p.minBrightness() || brightness > p.maxBrightness()) {
            return Extraction.failed(FailureReason.BAD_EXPOSURE, where,
                    dark ? CaptureAdvice.TOO_DARK : CaptureAdvice.TOO_BRIGHT);
        }
        if (sharpness < p.minSharpness()) {
            return failed(FailureReason.BLURRED, where);
        }
        Quality quality = new Quality(meter.sharpnessScore(sharpness), meter.exposureScore(brightness),
                openness, size, dark);

        PalmTemplate template = template(roi, quality, scope);
        if (where == null) {
            return Extraction.of(template, quality);
        }
        List<PalmTemplate> probes = new ArrayList<>(turned.size());
        for (Mat t : turned) {
            probes.add(template(t, quality, scope));
        }
        return Extraction.of(template, quality, where, probes);
    }

    private PalmTemplate template(Mat roi, Quality quality, MatScope scope) {
        Mat coded = p.roiContrastClip() > 0 ? evenedLight(roi, scope) : roi;
        BitCode code = coder.code(coded);
        return new PalmTemplate(p.features(), coder.planes(), (float) quality.score(), code.fine(), code.coarse());
    }

    private static Extraction failed(FailureReason reason, PalmLocation where) {
        return where == null ? Extraction.failed(reason) : Extraction.failed(reason, where);
    }

    /** Made on first use: loading the network costs about 50 ms and ROI-only engines never need it. */
    private KeypointPalmLocator keypointLocator() {
        if (keypointLocator == null) {
            keypointLocator = new KeypointPalmLocator(p, sink);
        }
        return keypointLocator;
    }

    /** The ROI after CLAHE: local contrast evened out so that a shadow or a glare does not flatten the lines. */
    private Mat evenedLight(Mat roi, MatScope scope) {
        Mat out = scope.mat();
        clahe.apply(roi, out);
        sink.stage("roi-evened", () -> Images.toBufferedImage(out));
        return out;
    }

    private Mat croppedRoi(Mat bgr, MatScope scope) {
        Mat grey = scope.mat();
        Imgproc.cvtColor(bgr, grey, Imgproc.COLOR_BGR2GRAY);
        Mat roi = scope.mat();
        Imgproc.resize(grey, roi, new Size(p.roiSize(), p.roiSize()), 0, 0, Imgproc.INTER_AREA);
        return roi;
    }
}
