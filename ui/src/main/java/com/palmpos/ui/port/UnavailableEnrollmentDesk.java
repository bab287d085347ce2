package com.palmpos.ui.port;

import com.palmpos.scanner.PalmTemplate;
import java.util.Locale;
import java.util.Optional;

/** {@link EnrollmentDesk#unavailable()}: every call is refused with a sentence saying what to set up. */
final class UnavailableEnrollmentDesk implements EnrollmentDesk {

    private static EnrollmentRefusedException refused() {
        return new EnrollmentRefusedException(EnrollmentRefusedException.Reason.UNAVAILABLE,
                "enrollment is not set up on this terminal: the application must pass an EnrollmentDesk");
    }

    @Override
    public EnrollmentDraft begin(Locale locale) throws EnrollmentRefusedException {
        throw refused();
    }

    @Override
    public void checkPreEnrollmentCode(String code) throws EnrollmentRefusedException {
        throw refused();
    }

    @Override
    public PreEnrolled completePreEnrollment(String code, PalmTemplate template) throws EnrollmentRefusedException {
        throw refused();
    }

    @Override
    public Optional<LoyaltyMember> findLoyaltyMember(String numberOrPhone) throws EnrollmentRefusedException {
        throw refused();
    }

    @Override
    public LoyaltyMember linkLoyalty(String customerId, String loyaltyNumber) throws EnrollmentRefusedException {
        throw refused();
    }

    @Override
    public LoyaltyMember openLoyalty(String customerId) throws EnrollmentRefusedException {
        throw refused();
    }
}
