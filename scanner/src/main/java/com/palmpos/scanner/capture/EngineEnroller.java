package com.palmpos.scanner.capture;

import com.palmpos.scanner.Enrollment;
import com.palmpos.scanner.PalmMatcher;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.scanner.Parameters;
import java.util.List;
import java.util.Optional;

/**
 * {@link Enroller} on the engine's matcher and {@link Enrollment}: two captures are consistent when their distance
 * is within {@link Parameters#enrollMaxDistance()}. Thread-safe; under a millisecond per call.
 */
public final class EngineEnroller implements Enroller {
    private final Parameters parameters;
    private final PalmMatcher matcher;
    private final Enrollment enrollment;

    public EngineEnroller(Parameters parameters) {
        this.parameters = parameters;
        this.matcher = new PalmMatcher(parameters);
        this.enrollment = new Enrollment(parameters);
    }

    @Override
    public boolean consistent(PalmTemplate a, PalmTemplate b) {
        return matcher.distance(a, b) <= parameters.enrollMaxDistance();
    }

    @Override
    public Optional<PalmTemplate> fuse(List<PalmTemplate> captures) {
        Enrollment.Result result = enrollment.enroll(captures);
        return result.succeeded() && result.rejected().isEmpty() ? Optional.of(result.template()) : Optional.empty();
    }
}
