package com.palmpos.app.wiring;

import com.palmpos.scanner.PalmTemplate;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.EnrollmentDraft;
import com.palmpos.ui.port.EnrollmentRefusedException;
import com.palmpos.ui.port.LoyaltyMember;
import com.palmpos.ui.port.PreEnrolled;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The enrollment desk the screens are built with while the cloud link and the palm reader start in the background.
 * Every desk call may block (the screens run it as a task and show it busy), so a call made during start-up waits
 * for the real desk up to {@code wait}, then answers UNAVAILABLE with the reason; nothing is stored before the real
 * desk has it. Thread-safe.
 */
public final class LateEnrollmentDesk implements EnrollmentDesk {
    private final CompletableFuture<EnrollmentDesk> desk;
    private final Duration wait;

    /**
     * @param desk completes with the real desk when the background start-up is done (exceptionally if it failed)
     * @param wait how long a call waits for it
     */
    public LateEnrollmentDesk(CompletableFuture<EnrollmentDesk> desk, Duration wait) {
        this.desk = desk;
        this.wait = wait;
    }

    private EnrollmentDesk desk() throws EnrollmentRefusedException {
        try {
            return desk.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.UNAVAILABLE,
                    "the palm reader and the cloud link are still starting after " + wait.toSeconds()
                            + " s: try again in a moment", e);
        } catch (ExecutionException e) {
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.UNAVAILABLE,
                    "enrollment did not start with the terminal (" + e.getCause().getMessage()
                            + "): sales work; restart the terminal or call support", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrollmentRefusedException(EnrollmentRefusedException.Reason.UNAVAILABLE,
                    "interrupted while waiting for enrollment to start", e);
        }
    }

    @Override
    public EnrollmentDraft begin(Locale locale) throws EnrollmentRefusedException {
        return desk().begin(locale);
    }

    @Override
    public void checkPreEnrollmentCode(String code) throws EnrollmentRefusedException {
        desk().checkPreEnrollmentCode(code);
    }

    @Override
    public PreEnrolled completePreEnrollment(String code, PalmTemplate template) throws EnrollmentRefusedException {
        return desk().completePreEnrollment(code, template);
    }

    @Override
    public Optional<LoyaltyMember> findLoyaltyMember(String numberOrPhone) throws EnrollmentRefusedException {
        return desk().findLoyaltyMember(numberOrPhone);
    }

    @Override
    public LoyaltyMember linkLoyalty(String customerId, String loyaltyNumber) throws EnrollmentRefusedException {
        return desk().linkLoyalty(customerId, loyaltyNumber);
    }

    @Override
    public LoyaltyMember openLoyalty(String customerId) throws EnrollmentRefusedException {
        return desk().openLoyalty(customerId);
    }
}
