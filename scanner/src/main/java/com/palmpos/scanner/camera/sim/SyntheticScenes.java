package com.palmpos.scanner.camera.sim;

import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.HandPose;
import com.palmpos.scanner.synth.Presentations;
import com.palmpos.scanner.synth.SyntheticPalms;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Ready-made synthetic counter scenes for the simulated camera: the empty counter, a customer's hand entering,
 * held open and still, and leaving; a hand too far, blurred or closed. Frames come from {@link SyntheticPalms}
 * (about 100-200 ms per distinct frame, rendered once when the scene is built; a held shot reuses its image), so
 * build scenes off the FX thread, once. Thread-safe; scenes are immutable.
 */
public final class SyntheticScenes {
    /** Labels of the shots, for tests and benchmarks that need to know what was on screen. */
    public static final String EMPTY = "empty";
    public static final String ENTERING = "entering";
    public static final String OPEN_HAND = "open-hand";
    public static final String LEAVING = "leaving";
    public static final String TOO_FAR = "too-far";
    public static final String BLURRED = "blurred";
    public static final String CLOSED = "closed";
    public static final String PHOTO = "photo";
    public static final String SCREEN = "screen";

    private final SyntheticPalms palms;
    private final Background background;

    /**
     * @param palms the synthetic population (subject indices are "people")
     * @param background the counter behind the hands
     */
    public SyntheticScenes(SyntheticPalms palms, Background background) {
        this.palms = Objects.requireNonNull(palms, "palms");
        this.background = Objects.requireNonNull(background, "background");
    }

    /**
     * Hand frames of {@code subject} for enrolling it before a demo or test (samples 1..{@code count}, each with
     * its own small change of pose and light, on varied backgrounds; the scenes show sample 0). Run them through the engine and
     * {@code Enrollment}; this class stays free of the engine. Cost: about 100-200 ms per frame.
     */
    public List<BufferedImage> enrollmentFrames(int subject, int count) {
        if (count < 1 || count > 10) {
            throw new IllegalArgumentException("enrollment takes 1 to 10 frames (3-5 recommended), got " + count);
        }
        return IntStream.rangeClosed(1, count).mapToObj(sample -> palms.hand(subject, sample)).toList();
    }

    /** The counter with nobody at it. */
    public SceneScript empty(int frames) {
        return SceneScript.builder().hold(EMPTY, palms.background(background), frames).build();
    }

    /**
     * A customer's visit: {@code emptyFrames} of empty counter, the hand rising into view over two frames, held
     * open and still for {@code holdFrames}, then leaving, and the empty counter again.
     */
    public SceneScript visit(int subject, int emptyFrames, int holdFrames) {
        BufferedImage empty = palms.background(background);
        HandPose open = HandPose.open();
        return SceneScript.builder()
                .hold(EMPTY, empty, emptyFrames)
                .hold(ENTERING, hand(subject, open.at(0.5, 1.15)), 1)
                .hold(ENTERING, hand(subject, open.at(0.5, 0.85)), 1)
                .hold(OPEN_HAND, hand(subject, open), holdFrames)
                .hold(LEAVING, hand(subject, open.at(0.75, 0.9)), 1)
                .hold(EMPTY, empty, emptyFrames)
                .build();
    }

    /**
     * The demo mode's counter, for a looping simulated camera: each of {@code customers} visits in turn, with a
     * hand held too far, a blurred hand and a closed fist between them (subject {@code customers[0]}), so every
     * screen state shows up. The visits show a live hand (tremor, see {@link #liveVisit}), so the liveness check
     * does not flag the demo customers as photos. Renders about {@value #DEMO_LIVE_FRAMES} + 1 frames per customer
     * plus 3 (about 1.5 s per customer on a busy machine, about 12 MB of frames each): build it once, off the FX
     * thread.
     */
    public SceneScript demo(int... customers) {
        if (customers.length == 0) {
            throw new IllegalArgumentException("the demo scene needs at least one customer (a subject index)");
        }
        SceneScript.Builder script = SceneScript.builder();
        for (int subject : customers) {
            script.append(demoVisit(subject));
        }
        return script.append(tooFar(customers[0], 30)).append(blurred(customers[0], 25, 30))
                .append(closed(customers[0], 30)).build();
    }

    /** Distinct live frames per demo visit; the hold loops through them (a tremor has no visible period). */
    private static final int DEMO_LIVE_FRAMES = 12;
    private static final int DEMO_HOLD_LOOPS = 4;

    private SceneScript demoVisit(int subject) {
        BufferedImage empty = palms.background(background);
        HandPose open = HandPose.open();
        List<BufferedImage> live = presentations().live(subject, open, background, DEMO_LIVE_FRAMES);
        // no still entering/leaving frames: rigidly shifted renders of one hand look like a photo being moved
        SceneScript.Builder script = SceneScript.builder().hold(EMPTY, empty, 15);
        for (int loop = 0; loop < DEMO_HOLD_LOOPS; loop++) {
            script.play(OPEN_HAND, live);
        }
        return script.hold(EMPTY, empty, 15).build();
    }

    /**
     * A live hand held open for {@code holdFrames}, each frame rendered afresh with a slight natural tremor (see
     * {@link Presentations#live}), between moments of empty counter. Cost: about 100 ms per hold frame.
     */
    public SceneScript liveVisit(int subject, int emptyFrames, int holdFrames) {
        return presented(OPEN_HAND, presentations().live(subject, HandPose.open(), background, holdFrames),
                emptyFrames);
    }

    /** A printed photo of the subject's open hand held up to the camera (a spoof; see {@link Presentations}). */
    public SceneScript photoVisit(int subject, int emptyFrames, int holdFrames) {
        return presented(PHOTO, presentations().photo(subject, HandPose.open(), background, holdFrames),
                emptyFrames);
    }

    /** A phone screen showing the subject's open hand (a spoof with moire and row flicker). */
    public SceneScript screenVisit(int subject, int emptyFrames, int holdFrames) {
        return presented(SCREEN, presentations().screen(subject, HandPose.open(), background, holdFrames),
                emptyFrames);
    }

    private SceneScript presented(String label, List<BufferedImage> frames, int emptyFrames) {
        BufferedImage empty = palms.background(background);
        return SceneScript.builder().hold(EMPTY, empty, emptyFrames).play(label, frames)
                .hold(EMPTY, empty, emptyFrames).build();
    }

    private Presentations presentations() {
        return new Presentations(palms);
    }

    /** A hand held far from the camera, after a moment of empty counter. */
    public SceneScript tooFar(int subject, int frames) {
        return posed(subject, TOO_FAR, HandPose.tooFar(), frames);
    }

    /** An open hand moving fast sideways (motion blur of {@code blurPx} pixels). */
    public SceneScript blurred(int subject, double blurPx, int frames) {
        return posed(subject, BLURRED, HandPose.blurred(blurPx), frames);
    }

    /** A closed fist. */
    public SceneScript closed(int subject, int frames) {
        return posed(subject, CLOSED, HandPose.closed(), frames);
    }

    private SceneScript posed(int subject, String label, HandPose pose, int frames) {
        return SceneScript.builder().hold(EMPTY, palms.background(background), 3)
                .hold(label, hand(subject, pose), frames).build();
    }

    private BufferedImage hand(int subject, HandPose pose) {
        return palms.renderHand(subject, 0, pose, background).image();
    }
}
