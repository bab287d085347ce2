package com.palmpos.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import com.palmpos.pos.audit.AuditAction;
import com.palmpos.pos.audit.AuditEntry;
import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.enrollment.EnrollmentSession;
import com.palmpos.pos.enrollment.SimulatedCardReader;
import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineRequest;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.payment.PaymentOutcome;
import com.palmpos.pos.privacy.PalmPaymentResult;
import com.palmpos.pos.staff.ApprovalResult;
import com.palmpos.pos.staff.SensitiveAction;
import com.palmpos.pos.staff.StaffService;
import com.palmpos.cloud.TestCard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue #8, payment data: a whole payment journey with the test card 4242 4242 4242 4242 through the real services,
 * the embedded emulator and real HTTP (palm payment with the second factor, a card payment, a manager-approved refund,
 * a biometric erasure, the outbox drained to the cloud), and an enrollment through the real enrollment service whose
 * card comes from the demo's simulated card reader (4242...) and is then paid with by palm, with every logger at DEBUG
 * into the data directory's log.
 * Then every file of the data directory (terminal database, key store, emulator database, logs, gzip-ped logs
 * unpacked) is searched for the card number in ASCII, UTF-16LE and UTF-16BE. The terminal database is not
 * file-encrypted here, so a stored card number would be visible; a marker written as an order label is found, which
 * shows the search sees stored text.
 */
class CardDataNeverStoredTest {
    private static final String PAN = TestCard.APPROVES.pan();
    private static final String MARKER = "PRIVACY-SCAN-MARKER-7731";

    @TempDir
    Path dataDir;
    private FileAppender<ILoggingEvent> appender;
    private Level rootLevel;

    @BeforeEach
    void logEverythingIntoTheDataDirectory() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(LogSetup.PATTERN);
        encoder.start();
        appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("privacy-scan");
        appender.setFile(dataDir.resolve("logs/palmpos.log").toString());
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        root.addAppender(appender);
    }

    @AfterEach
    void stopLogging() {
        ch.qos.logback.classic.Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        appender.stop();
    }

    private static Order order(HeadlessTerminal t, String label, int croissants, String customerId) {
        Order o = t.orders.open(ServiceMode.TAKEOUT, label, "cashier");
        for (int i = 0; i < croissants; i++) {
            o = t.orders.addItem(o.id(), LineRequest.of("croissant", null));
        }
        return customerId == null ? t.orders.sendToKitchen(o.id()) : t.orders.attachCustomer(o.id(), customerId);
    }

    @Test
    void aPaymentJourneyLeavesNoCardNumberInAnyFileOfTheDataDirectory() throws IOException {
        try (HeadlessTerminal t = new HeadlessTerminal(dataDir, Money.parse("5.00", java.util.Currency.getInstance("USD")))) {
            t.emulator.seedPalmTemplates("cus-demo-chen", List.of(new byte[] {4, 2, 4, 2}));
            t.profiles.pullNow();
            assertThat(t.customers.phoneLastFour("cus-demo-chen")).contains("0003");

            Order palmOrder = order(t, MARKER, 3, "cus-demo-chen");
            var card = t.card(PAN, TenderType.PALM);
            assertThat(t.palm.pay(palmOrder.id(), "cus-demo-chen", card, palmOrder.balanceDue(), Money.zero(palmOrder.currency()),
                    null, "cashier")).isInstanceOf(PalmPaymentResult.SecondFactorNeeded.class);
            PalmPaymentResult paid = t.palm.pay(palmOrder.id(), "cus-demo-chen", card, palmOrder.balanceDue(),
                    Money.zero(palmOrder.currency()), "0003".toCharArray(), "cashier");
            assertThat(paid).isInstanceOfSatisfying(PalmPaymentResult.Charged.class,
                    c -> assertThat(c.outcome().status()).isEqualTo(PaymentOutcome.Status.APPROVED));
            t.orders.complete(palmOrder.id());

            Order cardOrder = order(t, "table 4", 2, null);
            PaymentOutcome byCard = t.payments.payCard(cardOrder.id(), t.card(PAN, TenderType.CARD), cardOrder.balanceDue(),
                    Money.zero(cardOrder.currency()));
            assertThat(byCard.status()).isEqualTo(PaymentOutcome.Status.APPROVED);
            ApprovalResult approved = t.approval.authorize(StaffService.DEFAULT_MANAGER_ID,
                    StaffService.DEFAULT_MANAGER_PIN.toCharArray(), SensitiveAction.REFUND, cardOrder.id());
            t.approvedActions.refund(((ApprovalResult.Granted) approved).approval(), cardOrder.id(), Map.of(), "cold");

            CustomerProfile enrolled = enrollWithTheSimulatedCardReader(t);
            assertThat(enrolled.card().last4()).isEqualTo("4242");
            t.drainOutbox();
            t.profiles.pullNow();
            assertThat(t.customers.phoneLastFour(enrolled.customerId())).as("the phone came back with the profile")
                    .contains("7788");
            Order enrolledOrder = order(t, "enrolled", 3, enrolled.customerId());
            var linked = new com.palmpos.pos.payment.CardDetails(TenderType.PALM, enrolled.card().token(),
                    enrolled.card().brand(), enrolled.card().last4());
            assertThat(t.palm.pay(enrolledOrder.id(), enrolled.customerId(), linked, enrolledOrder.balanceDue(),
                    Money.zero(enrolledOrder.currency()), "7788".toCharArray(), "cashier"))
                    .isInstanceOfSatisfying(PalmPaymentResult.Charged.class,
                            c -> assertThat(c.outcome().status()).isEqualTo(PaymentOutcome.Status.APPROVED));

            t.privacy.deleteBiometrics("cus-demo-chen", StaffService.DEFAULT_MANAGER_ID);
            t.drainOutbox();

            assertThat(t.audit.verify().intact()).isTrue();
            assertThat(t.audit.recent(100)).extracting(AuditEntry::action).contains(AuditAction.SECOND_FACTOR,
                    AuditAction.IDENTIFIED_PAYMENT, AuditAction.MANAGER_APPROVAL, AuditAction.REFUND,
                    AuditAction.BIOMETRICS_DELETED);
        }
        appender.stop();

        List<Path> files = files(dataDir);
        assertThat(files).extracting(p -> dataDir.relativize(p).toString())
                .contains("palmpos.mv.db", "keys.p12", "logs/palmpos.log")
                .anyMatch(name -> name.startsWith("cloud-emulator/"));
        assertThat(Files.readString(dataDir.resolve("logs/palmpos.log"))).as("the journey was logged")
                .contains("Privacy request BIOMETRICS");
        assertThat(hits(dataDir.resolve("palmpos.mv.db"), MARKER)).as("the search sees text stored in the database")
                .isNotEmpty();
        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            hits(file, PAN).forEach(encoding -> leaks.add(dataDir.relativize(file) + " (" + encoding + ")"));
        }
        assertThat(leaks).as("files holding the card number").isEmpty();
    }

    /** Journey 4: consent, palm, details with a phone, the demo's card reader (test card 4242...), saved. */
    private static CustomerProfile enrollWithTheSimulatedCardReader(HeadlessTerminal t) {
        EnrollmentSession session = t.enrollment.begin(Locale.ENGLISH);
        session.acceptConsent();
        session.palmTemplate(new byte[] {7, 7, 8, 8});
        session.details("Robin Enrolled", "Robin", "robin@example.com", "+1 555 010 7788");
        session.linkCard(new SimulatedCardReader(t.clock).read());
        return t.enrollment.commit(session);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The encodings in which {@code text} occurs in {@code file} (unpacked first when gzip-ped). */
    private static List<String> hits(Path file, String text) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
        }
        List<String> found = new ArrayList<>();
        for (var encoding : List.of(StandardCharsets.US_ASCII, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            if (indexOf(bytes, text.getBytes(encoding)) >= 0) {
                found.add(encoding.name());
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
