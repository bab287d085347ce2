package com.palmpos.app.wiring;

import com.palmpos.pos.consent.ConsentNotices;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.CardReader;
import com.palmpos.pos.enrollment.EnrollmentService;
import com.palmpos.pos.enrollment.KnownPalms;
import com.palmpos.pos.enrollment.LoyaltyLinkService;
import com.palmpos.pos.enrollment.PreEnrollmentService;
import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.store.Database;
import java.time.Clock;

/**
 * The services behind the enrollment, pre-enrollment, consent and loyalty-link screens (issue #7 journeys 4 to 6,
 * issue #8 consent), built once by the composition root and handed to the screens. All are thread-safe; their calls
 * do I/O (H2, and the network for card linking and pre-enrollment): run them off the FX thread.
 *
 * @param cardReader the counter's card reader; demo mode's {@link SimulatedCardReader} yields test card 4242...
 */
public record EnrollmentServices(ConsentNotices notices, ConsentStore consents, EnrollmentService enrollment,
                                 PreEnrollmentService preEnrollment, LoyaltyLinkService loyalty, CardReader cardReader) {

    /** Wires the services over the terminal's store and its cloud link. */
    public static EnrollmentServices create(Database database, CustomerStore customers, OutboxStore outbox,
                                            CloudLink cloud, KnownPalms knownPalms, CardReader cardReader,
                                            String terminalId, Clock clock) {
        ConsentNotices notices = ConsentNotices.load();
        ConsentStore consents = new ConsentStore(database, outbox, customers, clock, terminalId);
        EnrollmentService enrollment = new EnrollmentService(database, customers, consents, notices, outbox,
                cloud.cardTokenizer(), knownPalms, clock);
        return new EnrollmentServices(notices, consents, enrollment,
                new PreEnrollmentService(cloud.preEnrollments(), customers, knownPalms),
                new LoyaltyLinkService(database, customers, outbox, enrollment), cardReader);
    }
}
