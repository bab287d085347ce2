package com.palmpos.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.palmpos.scanner.camera.sim.SyntheticScenes;
import com.palmpos.scanner.capture.CaptureEvent;
import com.palmpos.scanner.synth.Background;
import com.palmpos.scanner.synth.SyntheticPalms;
import com.palmpos.ui.testing.SwitchableScene;
import com.palmpos.ui.testing.SyntheticCustomers;
import com.palmpos.ui.testing.TestCounter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The palm reader over the real capture loop, the simulated camera and a gallery read from the H2 store. */
class CaptureLoopPalmReaderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int SUBJECT = 3;

    @TempDir
    Path dir;
    private final SyntheticScenes scenes = new SyntheticScenes(new SyntheticPalms(42), Background.cycle(1));
    private final List<CaptureEvent> events = new CopyOnWriteArrayList<>();
    private SwitchableScene camera;
    private TestCounter counter;

    @BeforeEach
    void start() {
        camera = new SwitchableScene(scenes.empty(5));
        counter = new TestCounter(dir, camera, Clock.systemUTC());
        counter.palm.addListener(events::add);
    }

    @AfterEach
    void close() {
        counter.close();
    }

    @Test
    void removedCustomerIsNoLongerIdentifiedAfterTheGalleryReloads() {
        new SyntheticCustomers(scenes).enroll(counter, "cus-1", "Ana Lima", null, 0, SUBJECT);
        camera.play(scenes.visit(SUBJECT, 3, 400));
        await().atMost(PATIENCE).until(() -> events.stream().anyMatch(event ->
                event instanceof CaptureEvent.Identified identified && identified.customerId().equals("cus-1")));

        counter.pos.customers().deletePalmTemplate("cus-1");
        counter.palm.removeFromGallery("cus-1");
        events.clear();
        camera.play(scenes.empty(5));
        await().atMost(PATIENCE).until(() -> events.contains(new CaptureEvent.NoHand()));
        camera.play(scenes.visit(SUBJECT, 3, 400));

        await().atMost(PATIENCE).until(() -> events.contains(new CaptureEvent.Unknown()));
        assertThat(events).noneMatch(event -> event instanceof CaptureEvent.Identified);
    }

    @Test
    void removingOneCustomerKeepsTheOthersRecognisable() {
        SyntheticCustomers customers = new SyntheticCustomers(scenes);
        customers.enroll(counter, "cus-1", "Ana Lima", null, 0, SUBJECT);
        customers.enroll(counter, "cus-2", "Ben Ode", null, 0, 5);

        counter.pos.customers().deletePalmTemplate("cus-2");
        counter.palm.removeFromGallery("cus-2");
        camera.play(scenes.visit(SUBJECT, 3, 400));

        await().atMost(PATIENCE).until(() -> events.stream().anyMatch(e -> e instanceof CaptureEvent.Identified));
        assertThat(events).filteredOn(e -> e instanceof CaptureEvent.Identified)
                .extracting(e -> ((CaptureEvent.Identified) e).customerId()).containsOnly("cus-1");
    }
}
