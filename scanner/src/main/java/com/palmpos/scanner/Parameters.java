package com.palmpos.scanner;

import java.util.Objects;

/**
 * Every tuning constant of the palm engine, with its unit and the reason for its value.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} is what the product ships with; tests and the evaluation
 * command derive variants with the {@code with...} methods. Values were chosen on general grounds (ROI geometry,
 * published Gabor settings for 128 px palm ROIs) and only checked, not fitted, on the development sets.
 *
 * @param roiSize side of the normalised palm region, pixels. 128 px is the size the palmprint coding literature
 *     (CompCode, BOCV) is designed for; principal lines are then 3-5 px wide.
 * @param orientations number of filter orientations N, evenly spaced over 180 degrees (6 = 30 degrees apart, as in
 *     CompCode/BOCV). The 1 KiB template holds 6 bit planes of 32x32 fine + 16x16 coarse cells, so the shipped
 *     BOCV + ordinal code uses 4 (45 degrees apart: 4 BOCV planes + 2 ordinal planes).
 * @param features the feature code templates are made of (see {@link FeatureCode} and the scanner README's
 *     "Feature choice" section for the measurements behind the default).
 * @param gaborKernel side of the Gabor kernel, pixels (odd). Must hold about 3 sigma on each side.
 * @param gaborSigma Gaussian envelope standard deviation, pixels.
 * @param gaborWavelength wavelength of the carrier, pixels: about twice the principal line width plus margin.
 * @param gaborAspect envelope aspect ratio (y/x); &lt; 1 elongates the filter along the line direction.
 * @param ordinalSigmaAcross standard deviation across the line of the ordinal code's elongated Gaussian line
 *     filter, pixels: about half a principal line width (lines are 3-5 px wide at 128 px).
 * @param ordinalSigmaAlong standard deviation along the line of the same filter, pixels: the Gabor envelope's
 *     length along the line ({@code gaborSigma / gaborAspect}), so both codes see line segments of one length.
 * @param maxShiftCells largest translation tried by the matcher for each code quadrant, fine cells (1 cell = 4 ROI
 *     px); 5 cells (+-20 ROI px) absorbs the placement error of the square placed on the palm detector's keypoints
 *     in free hands (3 cells, enough for valley-based ROIs, left counter-hard at EER 12.5 %; 5 cells: 10.4 %, with
 *     the mirrored detection 7.3 %; see the scanner README). Costs (11/7)^2 = 2.5 times the full comparison of 3.
 * @param normalisingOverlap overlap, as a fraction of the whole fine code, to which Hamming distances of partial
 *     overlaps are normalised (Daugman's rescaling), so that small overlaps cannot produce lucky low distances;
 *     1 = the full code ({@link #normalisingBits()}).
 * @param coarseCandidates gallery entries kept after the cheap pass of 1:N search (coarse 16x16 code, +-2 cells)
 *     for the full quadrant shift search; a few hundred keeps the true mate with margin for ~2-4 ms.
 * @param impostorMeanDistance mean normalised Hamming distance of impostor pairs (measured by {@code eval} for
 *     the shipped feature code and shift search: 0.398 on Tongji ROIs, 0.380 on COEP hands with the 5-cell search,
 *     0.404 and 0.385 with the earlier 3 cells; the Tongji figure is kept as before; it belongs to the code and
 *     the search, see {@link #withFeatures}).
 * @param impostorDegreesOfFreedom binomial degrees of freedom N = p(1-p)/sigma^2 of impostor distances
 *     (Daugman's model); with {@link #impostorMeanDistance} it gives the threshold for a target false-match rate.
 *     Measured 818 (Tongji ROIs) and 899 (COEP hands) with the 3-cell search, 1086 and 1013 with 5 cells; 800 is
 *     kept because fewer degrees of freedom mean a wider impostor spread and so a stricter threshold.
 * @param targetFalseMatchRate wanted false-match rate of one 1:1 comparison; 1:N identification divides it by
 *     the gallery size.
 * @param enrollMaxDistance largest distance of an enrollment capture to the consensus medoid before it is
 *     rejected as inconsistent (another hand, bad ROI).
 * @param minSharpness smallest mean absolute Laplacian of the 0..255 ROI; below it the ROI is called blurred.
 * @param minBrightness smallest acceptable mean grey level of the ROI, 0..255.
 * @param maxBrightness largest acceptable mean grey level of the ROI, 0..255.
 * @param workingWidth width, pixels, to which a whole hand frame is scaled before segmentation (speed).
 * @param minHandArea smallest hand area as a fraction of the frame; below it the hand is too far.
 * @param maxHandArea largest hand area as a fraction of the frame; above it the hand is too close.
 * @param minValleyDepth smallest convexity-defect depth counted as a finger valley, fraction of hand size.
 * @param roiScale ROI side as a multiple of the distance between the index-middle and ring-little valleys.
 * @param roiOffset distance of the ROI's near edge from the valley line, as a multiple of the same distance.
 * @param detection the learned palm detector that finds the palm in whole hand frames and places the ROI on its
 *     keypoints (the skin, valley and ROI constants above are used only by the valley refinement and by
 *     {@link #withoutDetector()}, the classic skin-colour pipeline kept for comparison)
 * @param useDetector whether whole hand frames go through the detector (shipped) or the classic skin-colour and
 *     valley pipeline
 * @param roiContrastClip clip limit of the contrast-limited adaptive histogram equalisation (CLAHE, 4x4 tiles)
 *     applied to the ROI after the quality checks and before coding, to even out uneven light across the palm;
 *     0 = off. See the scanner README for what it was measured on.
 */
public record Parameters(
        int roiSize,
        int orientations,
        FeatureCode features,
        int gaborKernel,
        double gaborSigma,
        double gaborWavelength,
        double gaborAspect,
        double ordinalSigmaAcross,
        double ordinalSigmaAlong,
        int maxShiftCells,
        double normalisingOverlap,
        int coarseCandidates,
        double impostorMeanDistance,
        double impostorDegreesOfFreedom,
        double targetFalseMatchRate,
        double enrollMaxDistance,
        double minSharpness,
        double minBrightness,
        double maxBrightness,
        int workingWidth,
        double minHandArea,
        double maxHandArea,
        double minValleyDepth,
        double roiScale,
        double roiOffset,
        HandDetection detection,
        boolean useDetector,
        double roiContrastClip) {

    /** The shipped settings. */
    public static Parameters defaults() {
        return new Parameters(128, 4, FeatureCode.BOCV_ORDINAL, 35, 4.5, 11.0, 0.6, 2.0, 7.5,
                5, 1.0, 300,
                0.398, 800, 1e-4,
                0.40,
                2.0, 40, 230,
                400, 0.04, 0.60, 0.12, 1.1, 0.15,
                HandDetection.defaults(), true, 0);
    }

    /** Checks what the template format and the coders need. */
    public Parameters {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(detection, "detection");
        if (orientations < 2 || orientations > 6 || orientations % 2 != 0) {
            throw new IllegalArgumentException("orientations must be 2, 4 or 6 (even, so orthogonal pairs exist; "
                    + "at most 6 planes fit the 1 KiB template), got " + orientations);
        }
        if (features.planes(orientations) > 6) {
            throw new IllegalArgumentException(features + " with " + orientations + " orientations needs "
                    + features.planes(orientations) + " bit planes but the 1 KiB template holds 6: use fewer "
                    + "orientations or another feature code");
        }
    }

    /** Bit planes of one template's code: {@link FeatureCode#planes(int)} of {@link #orientations()}. */
    public int codePlanes() {
        return features.planes(orientations);
    }

    /** {@link #normalisingOverlap()} in bits of the fine code. */
    public int normalisingBits() {
        return (int) Math.round(normalisingOverlap * codeBits());
    }

    /** Bits in one template's fine code (its grid is fixed by the template format at 32x32 cells). */
    public int codeBits() {
        return PalmTemplate.GRID * PalmTemplate.GRID * codePlanes();
    }

    /** Copy with another number of filter orientations (see the record description for the limits). */
    public Parameters withOrientations(int count) {
        return new Parameters(roiSize, count, features, gaborKernel, gaborSigma, gaborWavelength,
                gaborAspect, ordinalSigmaAcross, ordinalSigmaAlong, maxShiftCells, normalisingOverlap, coarseCandidates,
                impostorMeanDistance, impostorDegreesOfFreedom, targetFalseMatchRate, enrollMaxDistance, minSharpness,
                minBrightness, maxBrightness, workingWidth, minHandArea, maxHandArea, minValleyDepth, roiScale,
                roiOffset, detection, useDetector, roiContrastClip);
    }

    /** Copy with another target false-match rate (fraction, e.g. 1e-4). */
    public Parameters withTargetFalseMatchRate(double rate) {
        return new Parameters(roiSize, orientations, features, gaborKernel, gaborSigma, gaborWavelength,
                gaborAspect, ordinalSigmaAcross, ordinalSigmaAlong, maxShiftCells, normalisingOverlap, coarseCandidates,
                impostorMeanDistance, impostorDegreesOfFreedom, rate, enrollMaxDistance, minSharpness, minBrightness,
                maxBrightness, workingWidth, minHandArea, maxHandArea, minValleyDepth, roiScale,
                roiOffset, detection, useDetector, roiContrastClip);
    }

    /**
     * Copy with another feature code and the impostor statistics measured for it (the decision threshold is
     * derived from them, so they must belong to the code).
     */
    public Parameters withFeatures(FeatureCode code, double impostorMean, double impostorDof) {
        return new Parameters(roiSize, orientations, code, gaborKernel, gaborSigma, gaborWavelength,
                gaborAspect, ordinalSigmaAcross, ordinalSigmaAlong, maxShiftCells, normalisingOverlap, coarseCandidates,
                impostorMean, impostorDof, targetFalseMatchRate, enrollMaxDistance, minSharpness, minBrightness,
                maxBrightness, workingWidth, minHandArea, maxHandArea, minValleyDepth, roiScale,
                roiOffset, detection, useDetector, roiContrastClip);
    }

    /** Copy with other palm detector settings. */
    public Parameters withDetection(HandDetection other) {
        return new Parameters(roiSize, orientations, features, gaborKernel, gaborSigma, gaborWavelength,
                gaborAspect, ordinalSigmaAcross, ordinalSigmaAlong, maxShiftCells, normalisingOverlap, coarseCandidates,
                impostorMeanDistance, impostorDegreesOfFreedom, targetFalseMatchRate, enrollMaxDistance, minSharpness,
                minBrightness, maxBrightness, workingWidth, minHandArea, maxHandArea, minValleyDepth, roiScale,
                roiOffset, other, useDetector, roiContrastClip);
    }

    /** Copy that finds palms in hand frames with the classic skin-colour and valley pipeline (no detector). */
    public Parameters withoutDetector() {
        return new Parameters(roiSize, orientations, features, gaborKernel, gaborSigma, gaborWavelength,
                gaborAspect, ordinalSigmaAcross, ordinalSigmaAlong, maxShiftCells, normalisingOverlap, coarseCandidates,
                impostorMeanDistance, impostorDegreesOfFreedom, targetFalseMatchRate, enrollMaxDistance, minSharpness,
                minBrightness, maxBrightness, workingWidth, minHandArea, maxHandArea, minValleyDepth, roiScale,
                roiOffset, detection, false, roiContrastClip);
    }
}
