package com.palmpos.pos.privacy;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.consent.ConsentDecision;
import com.palmpos.pos.consent.ConsentRecord;
import com.palmpos.pos.consent.ConsentStore;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.outbox.OutboxMessage;
import com.palmpos.pos.outbox.OutboxStore;
import com.palmpos.pos.privacy.internal.CustomerSearch;
import com.palmpos.pos.privacy.internal.PrivacyPayload;
import com.palmpos.pos.privacy.internal.ReceiptEraser;
import com.palmpos.pos.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Data-subject requests at the terminal: find the customer, erase their palm templates or their whole profile.
 * An erasure deletes the local data, queues the request for the cloud (outbox) and writes the audit entry in one
 * transaction: all three happen or none. Erasures decided in the cloud arrive through the customer delta pull and are
 * applied with {@link #applyCloudErasure} (audited, not sent back).
 *
 * <p>The caller is a manager: the manager screen obtains a {@code ManagerApproval} first. Thread-safe; every call is
 * one short transaction (a few ms): call off the FX thread.
 */
public final class PrivacyService {
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyService.class);

    private final Database database;
    private final CustomerStore customers;
    private final OutboxStore outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final CustomerSearch search = new CustomerSearch();
    private final ReceiptEraser receiptEraser = new ReceiptEraser();
    /** The file printer's folder in the data directory, whose receipt copies an erasure deletes. */
    public static final String RECEIPTS_FOLDER = "receipts";
    private final ConsentStore consents;

    public PrivacyService(Database database, CustomerStore customers, OutboxStore outbox, AuditLog audit, Clock clock) {
        this.database = database;
        this.customers = customers;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.consents = new ConsentStore(database, outbox, customers, clock, audit.terminalId());
    }

    /**
     * Customers matching {@code query}: their customer id, loyalty id, phone number (or its last 4+ digits), or part
     * of their name; at most 50, by name. The search itself is audited (it reads personal data).
     *
     * @throws IllegalArgumentException if the query has fewer than 2 characters
     */
    public List<CustomerRecord> find(String query, String staffId) {
        if (query == null || query.trim().length() < 2) {
            throw new RefusedArgumentException(RefusalCode.PRIVACY_QUERY_SHORT,
                    "type at least 2 characters of a name, loyalty id, phone or customer id");
        }
        return database.inTransaction(c -> {
            List<CustomerRecord> found = search.find(c, customers, query);
            audit.append(c, staffId, AuditAction.PRIVACY_LOOKUP, "customers", "OK", found.size() + " found");
            return found;
        });
    }

    /**
     * What this terminal holds about {@code customerId} (a data-subject access request), opened; audited as a
     * {@link AuditAction#PRIVACY_LOOKUP} by {@code staffId}. One transaction; O(their orders and audit entries).
     */
    public CustomerExport export(String customerId, String staffId) {
        requireText(customerId, "customer id");
        requireText(staffId, "staff id");
        CustomerExport export = database.inTransaction(c -> {
            List<CustomerExport.ExportedOrder> orders = new java.util.ArrayList<>();
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT id, number, business_date, status,"
                    + " currency, total_minor FROM orders WHERE customer_id = ? ORDER BY opened_at")) {
                s.setString(1, customerId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        orders.add(new CustomerExport.ExportedOrder(rs.getString(1), rs.getInt(2),
                                rs.getObject(3, java.time.LocalDate.class), rs.getString(4), rs.getString(5),
                                rs.getLong(6)));
                    }
                }
            }
            CustomerExport result = new CustomerExport(customerId, clock.instant(), customers.held(c, customerId),
                    consents.history(customerId), orders, audit.forSubject(customerId));
            audit.append(c, staffId, AuditAction.PRIVACY_LOOKUP, customerId, "OK",
                    "export of what this terminal holds" + (result.holdsAnything() ? "" : ": nothing held"));
            return result;
        });
        audit.anchorQuietly();
        return export;
    }

    /** Erases the customer's palm templates here and asks the cloud to erase them everywhere; the profile stays. */
    public ErasureReceipt deleteBiometrics(String customerId, String staffId) {
        return erase(customerId, staffId, ErasureScope.BIOMETRICS);
    }

    /** Erases everything about the customer here and asks the cloud to do the same; orders keep only the id. */
    public ErasureReceipt deleteProfile(String customerId, String staffId) {
        return erase(customerId, staffId, ErasureScope.PROFILE);
    }

    private ErasureReceipt erase(String customerId, String staffId, ErasureScope scope) {
        requireText(customerId, "customer id");
        requireText(staffId, "staff id");
        Instant now = clock.instant();
        Leftovers leftovers = new Leftovers();
        ErasureReceipt receipt = database.inTransaction(c -> {
            boolean found = eraseHere(c, customerId, scope, leftovers);
            // deleting the palm data ends the consent too: the record says so (the privacy request tells the cloud)
            Optional<ConsentRecord> consent = consents.latest(customerId);
            if (consent.isPresent() && consent.get().accepted()) {
                consents.append(c, new ConsentRecord(customerId, consent.get().noticeVersion(),
                        ConsentDecision.WITHDRAWN, now, audit.terminalId()));
            }
            outbox.append(c, OutboxMessage.of(PrivacyPayload.ENTITY, customerId, PrivacyPayload.KIND,
                    PrivacyPayload.of(customerId, scope.name(), staffId, now, audit.terminalId())));
            AuditEntry entry = audit.append(c, staffId, action(scope), customerId, "OK",
                    (found ? "erased on this terminal" : "nothing held on this terminal") + "; request queued for the cloud");
            return new ErasureReceipt(customerId, scope, found, entry.seq(), true);
        });
        audit.anchorQuietly();
        int receipts = leftovers.eraseReceipts();
        LOG.info("Privacy request {} for customer {} by {}: queued for the cloud; {} receipt copies deleted", scope,
                customerId, staffId, receipts);
        return receipt;
    }

    /**
     * Applies an erasure the cloud reports (a tombstone, or a profile without templates) and audits it when this
     * terminal held something; idempotent, so a page pulled twice changes nothing the second time. Nothing is sent
     * back to the cloud. Called on the sync thread.
     *
     * @return the receipt; {@code foundHere} false when there was nothing to erase (no audit entry then, {@code auditSeq} 0)
     */
    public ErasureReceipt applyCloudErasure(String customerId, ErasureScope scope) {
        requireText(customerId, "customer id");
        Leftovers leftovers = new Leftovers();
        ErasureReceipt receipt = database.inTransaction(c -> {
            boolean found = eraseHere(c, customerId, scope, leftovers);
            if (!found) {
                return new ErasureReceipt(customerId, scope, false, 0, false);
            }
            AuditEntry entry = audit.append(c, AuditEntry.CLOUD, AuditAction.CLOUD_DELETION_APPLIED, customerId, "OK",
                    scope.name() + " erased as the cloud requested");
            return new ErasureReceipt(customerId, scope, true, entry.seq(), false);
        });
        audit.anchorQuietly();
        leftovers.eraseReceipts();
        return receipt;
    }

    /**
     * Deletes what this terminal holds in the caller's transaction; for a whole profile also the customer's queued
     * messages (the enrollment with their contact details: the privacy request replaces them) and, noted in
     * {@code leftovers}, where their receipt copies are. Destroying the customer's keys makes the rows' copies in
     * free pages of the database file unreadable.
     */
    private boolean eraseHere(java.sql.Connection c, String customerId, ErasureScope scope, Leftovers leftovers)
            throws java.sql.SQLException {
        if (scope == ErasureScope.BIOMETRICS) {
            return customers.deletePalmTemplate(c, customerId);
        }
        leftovers.orders = receiptEraser.orders(c, customerId);
        leftovers.greeting = customers.find(customerId).map(p -> p.greetingName()).orElse(null);
        try (java.sql.PreparedStatement s = c.prepareStatement(
                "DELETE FROM outbox WHERE entity_type = ? AND entity_id = ?")) {
            s.setString(1, PrivacyPayload.ENTITY);
            s.setString(2, customerId);
            s.executeUpdate();
        }
        return customers.delete(c, customerId);
    }

    /** What an erasure deletes after its commit: files are not part of the transaction. */
    private final class Leftovers {
        List<ReceiptEraser.OrderRef> orders = List.of();
        String greeting;

        int eraseReceipts() {
            return receiptEraser.erase(database.dataDir().resolve(RECEIPTS_FOLDER), orders, greeting);
        }
    }

    private static AuditAction action(ErasureScope scope) {
        return scope == ErasureScope.BIOMETRICS ? AuditAction.BIOMETRICS_DELETED : AuditAction.PROFILE_DELETED;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new RefusedArgumentException(RefusalCode.PRIVACY_REQUEST_INCOMPLETE,
                    "a privacy request needs the " + name);
        }
    }
}
