package com.palmpos.scanner.camera.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.scanner.NativeMemory;
import com.palmpos.scanner.internal.image.OpenCvRuntime;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

/**
 * The webcam path's frame conversion ({@link OpenCvWebcamDevice#toImage}) on synthetic matrices of every layout a
 * camera delivers: right pixels, clear refusals, the camera's matrix left alone, and no native memory left behind.
 */
class OpenCvFrameConversionTest {

    @BeforeAll
    static void loadOpenCv() {
        OpenCvRuntime.ensureLoaded();
    }

    @Test
    void copiesABgrFrameAsItIs() {
        Mat frame = new Mat(4, 6, CvType.CV_8UC3, new Scalar(10, 20, 30));
        BufferedImage image = OpenCvWebcamDevice.toImage(frame);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(image.getWidth()).isEqualTo(6);
        assertThat(image.getHeight()).isEqualTo(4);
        assertThat(image.getRGB(5, 3) & 0xFFFFFF).isEqualTo(0x1E140A);
        frame.release();
    }

    @Test
    void turnsGreyIntoBgr() {
        Mat frame = new Mat(3, 3, CvType.CV_8UC1, new Scalar(77));
        assertThat(OpenCvWebcamDevice.toImage(frame).getRGB(1, 1) & 0xFFFFFF).isEqualTo(0x4D4D4D);
        assertThat(frame.type()).isEqualTo(CvType.CV_8UC1);
        frame.release();
    }

    @Test
    void dropsTheAlphaOfBgra() {
        Mat frame = new Mat(2, 2, CvType.CV_8UC4, new Scalar(1, 2, 3, 255));
        assertThat(OpenCvWebcamDevice.toImage(frame).getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x030201);
        frame.release();
    }

    @Test
    void scalesSixteenBitGreyToEightBits() {
        Mat frame = new Mat(2, 2, CvType.CV_16UC1, new Scalar(256 * 200));
        assertThat(OpenCvWebcamDevice.toImage(frame).getRGB(0, 0) & 0xFF).isEqualTo(200);
        frame.release();
    }

    @Test
    void copiesAFrameThatIsAViewOfALargerOne() {
        Mat whole = new Mat(10, 10, CvType.CV_8UC3, new Scalar(5, 6, 7));
        Mat view = whole.submat(2, 6, 3, 9);
        BufferedImage image = OpenCvWebcamDevice.toImage(view);
        assertThat(image.getWidth()).isEqualTo(6);
        assertThat(image.getRGB(5, 3) & 0xFFFFFF).isEqualTo(0x070605);
        view.release();
        whole.release();
    }

    @Test
    void refusesEmptyAndTwoChannelFrames() {
        assertThatThrownBy(() -> OpenCvWebcamDevice.toImage(new Mat()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty frame");
        Mat twoChannels = new Mat(2, 2, CvType.CV_8UC2);
        assertThatThrownBy(() -> OpenCvWebcamDevice.toImage(twoChannels))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this one has 2");
        twoChannels.release();
    }

    @Test
    void convertingManyFramesLeavesNoNativeMemoryBehind() {
        // 1280x720 grey and 16-bit frames: each conversion makes 2.8 MB of intermediate matrices
        Mat grey = new Mat(720, 1280, CvType.CV_8UC1, new Scalar(90));
        Mat deep = new Mat(720, 1280, CvType.CV_16UC1, new Scalar(40_000));
        for (int i = 0; i < 20; i++) {
            OpenCvWebcamDevice.toImage(i % 2 == 0 ? grey : deep);
        }
        long before = NativeMemory.residentMb();
        for (int i = 0; i < 300; i++) {
            OpenCvWebcamDevice.toImage(i % 2 == 0 ? grey : deep);
        }
        long growth = NativeMemory.residentMb() - before;
        grey.release();
        deep.release();
        assertThat(growth).as("resident memory growth over 300 conversions (a leak would be 800+ MB), MB")
                .isLessThan(64);
    }
}
