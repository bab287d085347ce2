package com.palmpos.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palmpos.app.TerminalStorage;
import com.palmpos.app.cli.Cli;
import com.palmpos.app.cli.GuiCommand;
import com.palmpos.app.config.Config;
import com.palmpos.app.config.ConfigLoader;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.audit.AuditLog;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.customer.LinkedCard;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.pos.staff.StaffSettings;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The support desk's commands on a real data directory (keys.p12, encrypted H2 file), as an operator runs them. */
class SupportCommandsTest {
    private static final String CUSTOMER = "cust-ada";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InputStream stdin = System.in;

    @BeforeEach
    void enrollOneCustomer() {
        Config config = config();
        TerminalStorage.prepare(config);
        try (TerminalStorage.Opened storage = TerminalStorage.open(config)) {
            CustomerStore customers = new CustomerStore(storage.database(), Clock.systemUTC(),
                    storage.keys().templateCipher());
            customers.upsert(new CustomerProfile(CUSTOMER, "Ada Lovelace", "Ada", "L-ADA", Set.of(), Set.of(),
                    new LinkedCard("tok_ada", "VISA", "4242"), 120, null, 1, Instant.parse("2026-12-01T10:00:00Z")));
            customers.savePhone(CUSTOMER, "+44 20 7946 0000");
            customers.savePalmTemplate(CUSTOMER, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            new StaffService(storage.database(), Clock.systemUTC(), StaffSettings.defaults()).ensureDefaultManager();
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private Config config() {
        return new ConfigLoader(Map.of(), dir).load(Optional.empty(), Optional.of(dir));
    }

    private int run(String pin, String... args) {
        System.setIn(new ByteArrayInputStream((pin + "\n").getBytes(StandardCharsets.UTF_8)));
        CommandLine commandLine = Cli.create(new GuiCommand(), List.of(new PrivacyCommand(), new AuditCommand()));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private List<AuditEntry> auditAbout(String subject) {
        try (TerminalStorage.Opened storage = TerminalStorage.open(config())) {
            return new AuditLog(storage.database(), Clock.systemUTC(), "t").forSubject(subject);
        }
    }

    @Test
    void exportPrintsWhatTheTerminalHoldsAsJsonAndIsAudited() throws Exception {
        assertThat(run(StaffService.DEFAULT_MANAGER_PIN, "privacy", "export", "--customer", CUSTOMER,
                "--data", dir.toString())).as(err.toString()).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("profile").path("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(json.path("profile").path("card").path("last4").asText()).isEqualTo("4242");
        assertThat(json.path("phone").asText()).isEqualTo("442079460000");
        assertThat(json.path("palmTemplateStored").asBoolean()).isTrue();
        assertThat(out.toString()).doesNotContain("tok_ada");
        assertThat(auditAbout(CUSTOMER)).extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.PRIVACY_LOOKUP, "manager"));
    }

    @Test
    void forgetErasesLikeTheManagerScreenQueuesTheCloudRequestAndIsAudited() throws Exception {
        assertThat(run(StaffService.DEFAULT_MANAGER_PIN, "privacy", "forget", "--customer", CUSTOMER,
                "--data", dir.toString())).as(err.toString()).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("foundHere").asBoolean()).isTrue();
        assertThat(json.path("cloudRequestQueued").asBoolean()).isTrue();
        assertThat(auditAbout(CUSTOMER)).extracting(AuditEntry::action).contains(AuditAction.PROFILE_DELETED);
        try (Stream<Path> keys = Files.list(dir.resolve(CustomerStore.KEYS_FOLDER))) {
            assertThat(keys).as("the customer's keys are destroyed").isEmpty();
        }
        try (TerminalStorage.Opened storage = TerminalStorage.open(config());
             Connection c = storage.database().connection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT COUNT(*) FROM customers");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            rs = s.executeQuery("SELECT COUNT(*) FROM outbox WHERE kind = 'privacy.requested'"
                    + " AND entity_id = '" + CUSTOMER + "'");
            rs.next();
            assertThat(rs.getInt(1)).as("the cloud request is queued").isPositive();
        }
    }

    @Test
    void aWrongPinChangesNothingAndSaysWhy() {
        assertThat(run("9999", "privacy", "forget", "--customer", CUSTOMER, "--data", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("PIN is wrong").contains("nothing was changed").doesNotContain("\tat ");
        try (TerminalStorage.Opened storage = TerminalStorage.open(config())) {
            CustomerStore customers = new CustomerStore(storage.database(), Clock.systemUTC(),
                    storage.keys().templateCipher());
            assertThat(customers.find(CUSTOMER)).isPresent();
        }
    }

    @Test
    void auditVerifySaysIntactOrExitsOneWithTheFirstBadEntryAfterATruncate() throws Exception {
        run(StaffService.DEFAULT_MANAGER_PIN, "privacy", "export", "--customer", CUSTOMER, "--data", dir.toString());
        out.getBuffer().setLength(0);
        assertThat(run("", "audit", "verify", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("audit log intact");

        try (TerminalStorage.Opened storage = TerminalStorage.open(config());
             Connection c = storage.database().connection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE audit_log");
            s.execute("UPDATE audit_head SET seq = 0, hash = '" + "0".repeat(64) + "'");
        }
        assertThat(run("", "audit", "verify", "--data", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("audit log broken at entry 1").contains("emptied or shortened");
    }
}
