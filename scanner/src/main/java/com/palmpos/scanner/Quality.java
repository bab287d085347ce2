package com.palmpos.scanner;

/**
 * How usable a palm capture is. Every component is 0..1, higher is better.
 *
 * @param sharpness focus of the palm region (mean absolute Laplacian against {@link Parameters#minSharpness()})
 * @param exposure how far the mean grey level is from too dark / too bright
 * @param openness how clearly the finger valleys were found (1 for ROI input)
 * @param size how well the hand fills the frame (1 for ROI input)
 */
public record Quality(double sharpness, double exposure, double openness, double size) {

    /** Overall score: the weakest component, since any one of them alone can spoil a template. */
    public double score() {
        return Math.min(Math.min(sharpness, exposure), Math.min(openness, size));
    }
}
