package com.palmpos.cloud.web;

import java.time.Instant;
import java.util.List;

/**
 * What the cloud keeps about one customer, as the "My data" page and its JSON download show it.
 *
 * @param customerId    the customer's id
 * @param deleted       the profile was erased (only the erasure's progress is left to show)
 * @param consent       the biometric consent on file, or null (never given, or withdrawn)
 * @param stores        the stores where the customer enrolled or was recognised
 * @param card          the linked card as brand and last four, or null
 * @param palmTemplates how many palm templates are stored (the templates themselves are never shown)
 * @param erasures      the privacy requests carried out, newest first, with how far they reached
 */
public record MyData(String customerId, boolean deleted, String name, String email, String phone, String loyaltyNumber,
                     long points, Consent consent, List<StoreOption> stores, Card card, int palmTemplates,
                     List<Erasure> erasures) {

    /** A consent on file: which notice version, when and where it was given. */
    public record Consent(String policyVersion, Instant grantedAt, String channel) {
    }

    /** A linked card, as the processor describes it. */
    public record Card(String brand, String last4) {
    }

    /**
     * An erasure: its scope (BIOMETRICS or PROFILE), when the cloud completed it, and how many of the terminals that
     * held the customer have pulled it so far.
     */
    public record Erasure(String scope, Instant completedAt, int terminalsDone, int terminals) {
        public boolean complete() {
            return terminalsDone >= terminals;
        }
    }
}
