package com.palmpos.app.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.palmpos.app.cli.ConfigOptions;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.consent.ConsentRecord;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.privacy.CustomerExport;
import com.palmpos.pos.privacy.ErasureReceipt;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palmpos privacy export|forget --customer ID}: the support desk's answer to a data-subject request, with the
 * terminal stopped. Both need a manager's staff id and PIN (typed without echo, or piped on standard input) and are
 * audited under that manager; {@code forget} is the manager screen's whole-profile erasure (crypto-shredding, queued
 * messages and receipt copies, the cloud request queued, the audit entry), {@code export} prints what the terminal
 * holds as JSON.
 */
@Command(name = "privacy", mixinStandardHelpOptions = true,
        description = "Data-subject requests at the terminal: export or forget one customer (manager PIN needed).",
        subcommands = {PrivacyCommand.Export.class, PrivacyCommand.Forget.class})
public final class PrivacyCommand {
    /** What both subcommands take. */
    static class Target {
        @Mixin
        ConfigOptions options;

        @Option(names = "--customer", required = true, paramLabel = "ID", description = "the customer id")
        String customerId;

        @Option(names = "--manager", defaultValue = "manager", paramLabel = "STAFF_ID",
                description = "the manager who authorises it (default: ${DEFAULT-VALUE}); the PIN is asked for")
        String managerId;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print what this terminal holds about a customer as JSON (audited).")
    static final class Export extends Target implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            try (SupportDesk desk = SupportDesk.open(options.load())) {
                String actor = desk.requireManager(managerId, PinInput.read(managerId));
                CustomerExport export = desk.privacy.export(customerId, actor);
                out().println(json().writeValueAsString(toJson(export)));
                out().flush();
                return 0;
            }
        }
    }

    @Command(name = "forget", mixinStandardHelpOptions = true,
            description = "Erase a customer's whole profile here and queue the request for the cloud (audited).")
    static final class Forget extends Target implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            try (SupportDesk desk = SupportDesk.open(options.load())) {
                String actor = desk.requireManager(managerId, PinInput.read(managerId));
                ErasureReceipt receipt = desk.privacy.deleteProfile(customerId, actor);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("customerId", receipt.customerId());
                json.put("scope", receipt.scope().name());
                json.put("foundHere", receipt.foundHere());
                json.put("cloudRequestQueued", receipt.sentToCloud());
                json.put("auditSeq", receipt.auditSeq());
                out().println(json().writeValueAsString(json));
                out().flush();
                return 0;
            }
        }
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static Map<String, Object> toJson(CustomerExport e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customerId", e.customerId());
        json.put("exportedAt", e.exportedAt().toString());
        json.put("profile", e.held().profile().map(PrivacyCommand::profile).orElse(null));
        json.put("phone", e.held().phoneDigits().orElse(null));
        json.put("palmTemplateStored", e.held().hasTemplate());
        json.put("consents", e.consents().stream().map(PrivacyCommand::consent).toList());
        json.put("orders", e.orders().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("orderId", o.orderId());
            m.put("number", o.number());
            m.put("businessDate", o.businessDate().toString());
            m.put("status", o.status());
            m.put("currency", o.currency());
            m.put("totalMinor", o.totalMinor());
            return m;
        }).toList());
        json.put("auditEntries", e.auditEntries().stream().map(PrivacyCommand::audit).toList());
        return json;
    }

    private static Map<String, Object> profile(CustomerProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("preferredName", p.preferredName());
        m.put("loyaltyId", p.loyaltyId());
        m.put("dietaryPreferences", p.dietaryPreferences().stream().map(Enum::name).sorted().toList());
        m.put("allergens", p.allergens().stream().map(Enum::name).sorted().toList());
        m.put("card", p.card() == null ? null : Map.of("brand", p.card().brand(), "last4", p.card().last4()));
        m.put("pointsBalance", p.pointsBalance());
        return m;
    }

    private static Map<String, Object> consent(ConsentRecord c) {
        return Map.of("noticeVersion", c.noticeVersion(), "decision", c.decision().name(), "at", c.at().toString(),
                "terminalId", c.terminalId());
    }

    private static Map<String, Object> audit(AuditEntry a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", a.seq());
        m.put("at", a.at().toString());
        m.put("actor", a.actor());
        m.put("action", a.action().name());
        m.put("outcome", a.outcome());
        m.put("detail", a.detail());
        return m;
    }

}
