package com.palmpos.ui;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.CardReader;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.LoyaltyLinkService;
import com.palmpos.pos.enrollment.PreEnrollmentService;
import com.palmpos.pos.enrollment.PreEnrollments;
import com.palmpos.pos.loyalty.LoyaltyService;
import com.palmpos.scanner.PalmTemplate;
import com.palmpos.ui.port.EnrollmentDesk;
import com.palmpos.ui.port.EnrollmentDraft;
import com.palmpos.ui.port.EnrollmentRefusedException;
import com.palmpos.ui.port.EnrollmentRefusedException.Reason;
import com.palmpos.ui.port.LoyaltyMember;
import com.palmpos.ui.port.PreEnrolled;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link EnrollmentDesk} over the pos enrollment services: a draft is an {@code EnrollmentSession}, the card
 * reader's card goes straight to the session's tokenizer, and the services' problems become the screens' reasons.
 * Thread-safe (the services are; a draft is used by one journey at a time).
 */
public final class PosEnrollmentDesk implements EnrollmentDesk {

    private final EnrollmentService enrollment;
    private final PreEnrollmentService preEnrollment;
    private final LoyaltyLinkService links;
    private final CardReader cardReader;
    private final CustomerStore customers;
    private final LoyaltyService loyalty;

    /**
     * @param cardReader the counter's reader ({@code SimulatedCardReader} in demo mode)
     * @param loyalty    for the points shown after a link
     */
    public PosEnrollmentDesk(EnrollmentService enrollment, PreEnrollmentService preEnrollment,
            LoyaltyLinkService links, CardReader cardReader, CustomerStore customers, LoyaltyService loyalty) {
        this.enrollment = Objects.requireNonNull(enrollment, "enrollment");
        this.preEnrollment = Objects.requireNonNull(preEnrollment, "preEnrollment");
        this.links = Objects.requireNonNull(links, "links");
        this.cardReader = Objects.requireNonNull(cardReader, "cardReader");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.loyalty = Objects.requireNonNull(loyalty, "loyalty");
    }

    @Override
    public EnrollmentDraft begin(Locale locale) {
        return new PosEnrollmentDraft(enrollment, enrollment.begin(locale), cardReader);
    }

    @Override
    public void checkPreEnrollmentCode(String code) throws EnrollmentRefusedException {
        call(() -> {
            preEnrollment.check(code);
            return code;
        });
    }

    @Override
    public PreEnrolled completePreEnrollment(String code, PalmTemplate template) throws EnrollmentRefusedException {
        PreEnrollments.Completed completed = call(() -> preEnrollment.complete(code, template.toBytes()));
        return new PreEnrolled(completed.customerId(), completed.loyaltyId(), customers.find(completed.customerId()));
    }

    @Override
    public Optional<LoyaltyMember> findLoyaltyMember(String numberOrPhone) throws EnrollmentRefusedException {
        Optional<CustomerProfile> member;
        try {
            member = links.findMember(numberOrPhone);
        } catch (EnrollmentException e) {
            if (e.problem() == EnrollmentProblem.INVALID_INPUT) {
                // neither a loyalty number nor a phone number: nobody here holds it
                return Optional.empty();
            }
            throw refusal(e);
        }
        return member.map(this::withPoints);
    }

    @Override
    public LoyaltyMember linkLoyalty(String customerId, String loyaltyNumber) throws EnrollmentRefusedException {
        return withPoints(call(() -> links.link(customerId, loyaltyNumber)));
    }

    @Override
    public LoyaltyMember openLoyalty(String customerId) throws EnrollmentRefusedException {
        return withPoints(call(() -> links.openAccount(customerId)));
    }

    private LoyaltyMember withPoints(CustomerProfile profile) {
        return new LoyaltyMember(profile, loyalty.balance(profile.customerId()));
    }

    /** A pos service call whose {@link EnrollmentException} becomes the screens' refusal. */
    interface ServiceCall<T> {
        T call();
    }

    static <T> T call(ServiceCall<T> work) throws EnrollmentRefusedException {
        try {
            return work.call();
        } catch (EnrollmentException e) {
            throw refusal(e);
        }
    }

    /** The screens' reason for a pos problem; out-of-order steps are bugs and stay exceptions. */
    static EnrollmentRefusedException refusal(EnrollmentException e) {
        Reason reason = switch (e.problem()) {
            case INVALID_INPUT -> Reason.INVALID_INPUT;
            case DUPLICATE -> Reason.ALREADY_ENROLLED;
            case CARD_REJECTED -> Reason.CARD_REFUSED;
            case OFFLINE -> Reason.OFFLINE;
            case UNKNOWN_CODE -> Reason.WRONG_CODE;
            case CODE_EXPIRED -> Reason.CODE_EXPIRED;
            case CODE_USED -> Reason.CODE_USED;
            case LOYALTY_TAKEN -> Reason.LOYALTY_TAKEN;
            case UNKNOWN_CUSTOMER -> Reason.NOT_FOUND;
            case AMBIGUOUS_PHONE -> Reason.AMBIGUOUS_PHONE;
            case CONSENT_REQUIRED, WRONG_STEP -> throw e;
        };
        return new EnrollmentRefusedException(reason, e.getMessage(), e);
    }
}
