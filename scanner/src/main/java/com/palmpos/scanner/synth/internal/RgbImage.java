package com.palmpos.scanner.synth.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A working colour image: three float planes on a 0-255 scale, with the few filters the generator needs
 * (Gaussian blur, linear motion blur, sensor noise) and conversion to an 8-bit BGR {@link BufferedImage}.
 * Pure Java arithmetic, so results are bit-identical on every machine. Mutable, confined to one render.
 */
public final class RgbImage {
    final int width, height;
    final float[][] planes;

    public RgbImage(int width, int height) {
        this.width = width;
        this.height = height;
        this.planes = new float[][] {new float[width * height], new float[width * height], new float[width * height]};
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public void set(int x, int y, double r, double g, double b) {
        int p = y * width + x;
        planes[0][p] = (float) r;
        planes[1][p] = (float) g;
        planes[2][p] = (float) b;
    }

    /** Alpha-blends colour (r, g, b) over pixel (x, y) with coverage a in [0, 1]. */
    public void blend(int x, int y, double r, double g, double b, double a) {
        int p = y * width + x;
        planes[0][p] += (float) ((r - planes[0][p]) * a);
        planes[1][p] += (float) ((g - planes[1][p]) * a);
        planes[2][p] += (float) ((b - planes[2][p]) * a);
    }

    /** Separable Gaussian blur, edges clamped. Cost: O(pixels * sigma). */
    public void gaussianBlur(double sigma) {
        if (sigma < 0.2) {
            return;
        }
        int radius = (int) StrictMath.ceil(3 * sigma);
        float[] kernel = new float[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            sum += kernel[i + radius] = (float) StrictMath.exp(-i * i / (2 * sigma * sigma));
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= (float) sum;
        }
        for (float[] plane : planes) {
            convolve(plane, kernel, 1, 0);
            convolve(plane, kernel, 0, 1);
        }
    }

    /** Linear motion blur of the given length (pixels) along angle (radians). Cost: O(pixels * length). */
    public void motionBlur(double length, double angle) {
        int taps = Math.max(1, (int) StrictMath.round(length));
        if (taps < 2) {
            return;
        }
        int[] offX = new int[taps], offY = new int[taps];
        for (int t = 0; t < taps; t++) {
            double off = t - (taps - 1) / 2.0;
            offX[t] = (int) StrictMath.round(off * StrictMath.cos(angle));
            offY[t] = (int) StrictMath.round(off * StrictMath.sin(angle));
        }
        for (int c = 0; c < 3; c++) {
            float[] src = planes[c].clone();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float acc = 0;
                    for (int t = 0; t < taps; t++) {
                        acc += src[clamp(y + offY[t], height) * width + clamp(x + offX[t], width)];
                    }
                    planes[c][y * width + x] = acc / taps;
                }
            }
        }
    }

    /** Adds Gaussian sensor noise of the given sigma (0-255 scale), independent per channel. */
    public void addNoise(Prng rng, double sigma) {
        for (float[] plane : planes) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] += (float) (rng.quickGaussian() * sigma);
            }
        }
    }

    /** Rounds and clamps into a new {@link BufferedImage#TYPE_3BYTE_BGR} image. */
    public BufferedImage toBgr() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int p = 0, i = 0; p < width * height; p++) {
            data[i++] = toByte(planes[2][p]);
            data[i++] = toByte(planes[1][p]);
            data[i++] = toByte(planes[0][p]);
        }
        return image;
    }

    private void convolve(float[] plane, float[] kernel, int stepX, int stepY) {
        int radius = kernel.length / 2;
        int stride = stepX + stepY * width;
        float[] src = plane.clone();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int along = stepX == 1 ? x : y, size = stepX == 1 ? width : height;
                int p = y * width + x;
                float acc = 0;
                if (along >= radius && along < size - radius) {
                    // Interior: no clamping needed; same sum order as the border path.
                    for (int k = -radius, q = p - radius * stride; k <= radius; k++, q += stride) {
                        acc += kernel[k + radius] * src[q];
                    }
                } else {
                    for (int k = -radius; k <= radius; k++) {
                        int sx = clamp(x + k * stepX, width), sy = clamp(y + k * stepY, height);
                        acc += kernel[k + radius] * src[sy * width + sx];
                    }
                }
                plane[p] = acc;
            }
        }
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : (v >= size ? size - 1 : v);
    }

    private static byte toByte(float v) {
        int i = Math.round(v);
        return (byte) (i < 0 ? 0 : (i > 255 ? 255 : i));
    }
}
