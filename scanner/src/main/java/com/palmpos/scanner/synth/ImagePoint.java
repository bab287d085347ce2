package com.palmpos.scanner.synth;

/** A point in image pixel coordinates (x right, y down; pixel centres at +0.5). Immutable. */
public record ImagePoint(double x, double y) {
}
