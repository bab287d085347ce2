package com.palmpos.scanner.synth;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A rendered whole-hand frame and the ground truth of what was drawn, for testing hand detectors and ROI
 * extraction. Treat the image as read-only. Immutable otherwise.
 *
 * <p>The ROI rule: with V1 the valley between little and ring finger and V2 between middle and index finger of the
 * subject's open hand, d = |V1V2|, the ROI is the square of side 1.25 d centred on the perpendicular through the
 * middle of V1V2, its near edge 0.25 d below that line (towards the wrist). The crops from
 * {@link SyntheticPalms#roi} show exactly this square (before their per-sample jitter).
 *
 * @param image the frame, {@link BufferedImage#TYPE_3BYTE_BGR}
 * @param valleys finger valleys actually visible in this pose, ordered little-ring, ring-middle, middle-index;
 *     fewer (or none) when fingers touch
 * @param roiCorners the ROI square's corners: finger-side little-finger corner, finger-side index corner,
 *     wrist-side index corner, wrist-side little-finger corner
 * @param handAreaFraction fraction of the frame covered by the hand (forearm included), 0-1
 */
public record SyntheticHand(BufferedImage image, List<ImagePoint> valleys, List<ImagePoint> roiCorners,
                            double handAreaFraction) {

    public SyntheticHand {
        valleys = List.copyOf(valleys);
        roiCorners = List.copyOf(roiCorners);
    }
}
