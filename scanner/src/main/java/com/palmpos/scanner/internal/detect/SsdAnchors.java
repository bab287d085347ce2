package com.palmpos.scanner.internal.detect;

/**
 * The anchor centres of MediaPipe's palm detector (its {@code SsdAnchorsCalculator} options: 192x192 input, four
 * layers of strides 8, 16, 16, 16, two anchors per layer and cell, offset 0.5, fixed anchor size 1). Layers of one
 * stride share a grid, so the order is: stride 8 grid (24x24 cells x 2 anchors), then the stride 16 grid (12x12 cells
 * x 6 anchors), row by row, the anchors of one cell together: 1152 + 864 = 2016. Immutable; thread-safe.
 */
public final class SsdAnchors {
    /** Side of the square network input, pixels. */
    public static final int INPUT_SIZE = 192;
    private static final int[] STRIDES = {8, 16, 16, 16};
    private static final int ANCHORS_PER_LAYER = 2;

    private final float[] x;
    private final float[] y;

    private SsdAnchors(float[] x, float[] y) {
        this.x = x;
        this.y = y;
    }

    /** The palm detector's 2016 anchors. */
    public static SsdAnchors palmDetector() {
        int count = 0;
        for (int layer = 0; layer < STRIDES.length; ) {
            int last = lastLayerOfStride(layer);
            int grid = INPUT_SIZE / STRIDES[layer];
            count += grid * grid * (last - layer + 1) * ANCHORS_PER_LAYER;
            layer = last + 1;
        }
        float[] xs = new float[count];
        float[] ys = new float[count];
        int i = 0;
        for (int layer = 0; layer < STRIDES.length; ) {
            int last = lastLayerOfStride(layer);
            int grid = INPUT_SIZE / STRIDES[layer];
            int perCell = (last - layer + 1) * ANCHORS_PER_LAYER;
            for (int row = 0; row < grid; row++) {
                for (int col = 0; col < grid; col++) {
                    for (int a = 0; a < perCell; a++, i++) {
                        xs[i] = (col + 0.5f) / grid;
                        ys[i] = (row + 0.5f) / grid;
                    }
                }
            }
            layer = last + 1;
        }
        return new SsdAnchors(xs, ys);
    }

    private static int lastLayerOfStride(int layer) {
        int last = layer;
        while (last + 1 < STRIDES.length && STRIDES[last + 1] == STRIDES[layer]) {
            last++;
        }
        return last;
    }

    /** Number of anchors. */
    public int size() {
        return x.length;
    }

    /** Centre x of anchor {@code i}, 0..1 of the input width. */
    public float x(int i) {
        return x[i];
    }

    /** Centre y of anchor {@code i}, 0..1 of the input height. */
    public float y(int i) {
        return y[i];
    }
}
