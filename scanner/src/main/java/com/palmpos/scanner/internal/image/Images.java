package com.palmpos.scanner.internal.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

/** Conversions between AWT images and OpenCV matrices. Stateless and thread-safe. */
public final class Images {
    private Images() {
    }

    /** Copies any BufferedImage into a new 8-bit BGR Mat (fast path for TYPE_3BYTE_BGR); the caller releases it. */
    public static Mat toBgr(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Mat mat = new Mat(h, w, CvType.CV_8UC3);
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            mat.put(0, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
            return mat;
        }
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] bgr = new byte[w * h * 3];
        for (int i = 0, j = 0; i < argb.length; i++, j += 3) {
            int p = argb[i];
            bgr[j] = (byte) p;
            bgr[j + 1] = (byte) (p >> 8);
            bgr[j + 2] = (byte) (p >> 16);
        }
        mat.put(0, 0, bgr);
        return mat;
    }

    /** Copies an 8-bit Mat with 1 or 3 channels into a BufferedImage, for debug dumps. */
    public static BufferedImage toBufferedImage(Mat mat) {
        Mat eight = mat;
        if (mat.depth() != CvType.CV_8U) {
            eight = new Mat();
            org.opencv.core.Core.normalize(mat, eight, 0, 255, org.opencv.core.Core.NORM_MINMAX, CvType.CV_8U);
        }
        try {
            int type = eight.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
            BufferedImage image = new BufferedImage(eight.cols(), eight.rows(), type);
            byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            eight.get(0, 0, data);
            return image;
        } finally {
            if (eight != mat) {
                eight.release();
            }
        }
    }
}
