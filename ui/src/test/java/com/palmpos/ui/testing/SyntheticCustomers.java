package com.palmpos.ui.testing;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.scanner.Enrollment;
import com.palmpos.scanner.Extraction;
import com.palmpos.scanner.InputKind;
import com.palmpos.scanner.PalmEngine;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import com.palmpos.scanner.camera.sim.SyntheticScenes;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Enrolls synthetic subjects as customers of a {@link TestCounter}: profile in the store, template in the store and
 * in the live gallery, exactly as an enrollment would leave them. Rendering and enrolling cost about a second per
 * customer: do it once per test class.
 */
public final class SyntheticCustomers {

    private final SyntheticScenes scenes;
    private final PalmEngine engine = new PalmEngine(Parameters.defaults());

    public SyntheticCustomers(SyntheticScenes scenes) {
        this.scenes = scenes;
    }

    /** The template of {@code subject}, enrolled from four synthetic captures. */
    public PalmTemplate template(int subject) {
        List<PalmTemplate> captures = scenes.enrollmentFrames(subject, 4).stream()
                .map(frame -> engine.extract(frame, InputKind.HAND))
                .filter(Extraction::succeeded).map(extraction -> extraction.template().orElseThrow()).toList();
        Enrollment.Result result = new Enrollment(engine.parameters()).enroll(captures);
        if (!result.succeeded()) {
            throw new IllegalStateException("synthetic subject " + subject + " did not enroll: " + result);
        }
        return result.template();
    }

    /** Stores a profile and the subject's palm, and makes the palm recognisable at once. */
    public CustomerProfile enroll(TestCounter counter, String customerId, String name, String preferredName,
            long points, int subject) {
        Instant asOf = counter.clock.instant();
        CustomerProfile profile = new CustomerProfile(customerId, name, preferredName, "L-" + customerId, Set.of(),
                Set.of(), null, points, asOf, 1, asOf);
        counter.pos.customers().upsert(profile);
        PalmTemplate template = template(subject);
        counter.pos.customers().savePalmTemplate(customerId, template.toBytes());
        counter.palm.addToGallery(customerId, template);
        return profile;
    }
}
