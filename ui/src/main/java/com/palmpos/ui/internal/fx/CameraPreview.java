package com.palmpos.ui.internal.fx;

import com.palmpos.scanner.capture.PalmBox;
import com.palmpos.scanner.capture.PreviewFrame;
import com.palmpos.scanner.capture.PreviewListener;
import com.palmpos.ui.port.PalmReader;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * The live camera picture (customer display, manager settings) with the hand's box outlined (guidance colour while the hand is
 * not usable yet, ready colour once it is). The camera thread only swaps the newest frame into a slot; the FX pulse
 * (AnimationTimer) draws it if it is new, so a slow frame is dropped, never queued. Listens to the reader only while
 * shown. FX thread only (except the listener).
 */
public final class CameraPreview extends StackPane {

    private final PalmReader reader;
    private final AtomicReference<PreviewFrame> newest = new AtomicReference<>();
    private final PreviewListener listener = newest::set;
    private final PreviewPainter painter = new PreviewPainter();
    private final ImageView view = new ImageView();
    private final Rectangle outline = new Rectangle();
    private final double width;
    private long framesDrawn;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            PreviewFrame frame = newest.getAndSet(null);
            if (frame != null) {
                draw(frame);
            }
        }
    };

    /** @param width how wide the picture is drawn (the height follows the frame's aspect ratio) */
    public CameraPreview(PalmReader reader, double width) {
        this.reader = reader;
        this.width = width;
        setId("companion-preview");
        getStyleClass().add("companion-preview");
        view.setFitWidth(width);
        view.setPreserveRatio(true);
        outline.setManaged(false);
        outline.setFill(null);
        outline.getStyleClass().add("palm-outline");
        outline.setVisible(false);
        Group picture = new Group(view, outline);
        setAlignment(Pos.CENTER);
        getChildren().add(picture);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                stop();
            } else {
                start();
            }
        });
    }

    /** Gives the picture itself an id (screens and tests look it up by it); returns this preview. */
    public CameraPreview pictureId(String id) {
        view.setId(id);
        return this;
    }

    /** Frames drawn so far (tests and the frame-rate check). */
    long framesDrawn() {
        return framesDrawn;
    }

    private void start() {
        reader.addPreviewListener(listener);
        pulse.start();
    }

    /** Stops drawing and listening; called when the display leaves its window. */
    public void stop() {
        pulse.stop();
        reader.removePreviewListener(listener);
        newest.set(null);
    }

    private void draw(PreviewFrame frame) {
        view.setImage(painter.paint(frame));
        framesDrawn++;
        double scale = width / frame.width();
        PalmBox box = frame.box().orElse(null);
        outline.setVisible(box != null);
        if (box != null) {
            outline.setX(box.x() * frame.width() * scale);
            outline.setY(box.y() * frame.height() * scale);
            outline.setWidth(box.width() * frame.width() * scale);
            outline.setHeight(box.height() * frame.height() * scale);
            boolean ready = frame.outline() == PreviewFrame.Outline.READY;
            outline.getStyleClass().removeAll("ready", "guidance");
            outline.getStyleClass().add(ready ? "ready" : "guidance");
        }
    }
}
