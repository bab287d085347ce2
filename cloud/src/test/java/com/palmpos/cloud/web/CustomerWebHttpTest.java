package com.palmpos.cloud.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.palmpos.cloud.CloudEmulator;
import com.palmpos.cloud.TestClouds;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customer pages over real HTTP: CSRF, enumeration, rate limits, bad input, session expiry, headers. */
class CustomerWebHttpTest {
    private static final Pattern BODY = Pattern.compile("class=\"to\">([^<]+)</span>.*?<p class=\"body\">([^<]+)</p>",
            Pattern.DOTALL);

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock();
    CloudEmulator cloud;

    @BeforeEach
    void start() {
        cloud = TestClouds.start(0, dir, null, clock);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private WebClient browser() {
        return new WebClient(java.net.URI.create("http://localhost:" + cloud.url().getPort()));
    }

    /** The messages in the demo outbox as "to: body", newest first. */
    private java.util.List<String> outbox() {
        String html = browser().get("/web/en/demo/outbox").body();
        java.util.List<String> messages = new java.util.ArrayList<>();
        for (String item : html.split("<li class=\"message\">")) {
            Matcher m = BODY.matcher(item);
            if (m.find()) {
                messages.add(m.group(1) + ": " + m.group(2));
            }
        }
        return messages;
    }

    private static Map<String, String> signUp(String name, String email, String phone) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("store", "demo-store");
        form.put("consent", "yes");
        form.put("name", name);
        form.put("email", email);
        form.put("phone", phone);
        form.put("loyalty", "yes");
        return form;
    }

    @Test
    void refusesAFormWithoutItsSessionsCsrfTokenAndDoesNothing() {
        WebClient mallory = browser();
        mallory.get("/web/en/signup");
        Map<String, String> forged = signUp("Eve", "eve@example.com", "");
        forged.put("csrf", "forged-token");
        HttpResponse<String> refused = mallory.post("/web/en/signup", forged);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("nothing was done");

        WebClient victim = browser();
        victim.get("/web/en/me");
        Map<String, String> noToken = new LinkedHashMap<>();
        noToken.put("csrf", "");
        noToken.put("contact", "alice@example.com");
        assertThat(victim.post("/web/en/me/sign-in", noToken).statusCode()).isEqualTo(403);
        assertThat(mallory.get("/web/en/signup").body()).doesNotContain("eve@example.com");
        assertThat(outbox()).isEmpty();
    }

    @Test
    void answersTheSameForAnAddressOnFileAndOneThatIsNot() {
        WebClient known = browser();
        known.get("/web/en/me");
        HttpResponse<String> a = known.post("/web/en/me/sign-in", Map.of("contact", "alice@example.com"));
        WebClient unknown = browser();
        unknown.get("/web/en/me");
        HttpResponse<String> b = unknown.post("/web/en/me/sign-in", Map.of("contact", "nobody@example.com"));

        assertThat(a.statusCode()).isEqualTo(303).isEqualTo(b.statusCode());
        assertThat(a.headers().firstValue("Location")).isEqualTo(b.headers().firstValue("Location"));
        String pageA = known.follow(a).body().replace("alice@example.com", "X").replaceAll("value=\"[^\"]+\"", "");
        String pageB = unknown.follow(b).body().replace("nobody@example.com", "X").replaceAll("value=\"[^\"]+\"", "");
        assertThat(pageA).isEqualTo(pageB).contains("If X is on file, we sent a code to it");
        assertThat(outbox()).singleElement().asString().startsWith("alice@example.com: Your sign-in code is");
    }

    @Test
    void limitsCodesPerAddressTheSameWayWhetherOnFileOrNot() {
        for (String contact : new String[] {"alice@example.com", "nobody@example.com"}) {
            for (int i = 0; i < MyDataPages.CODES_PER_CONTACT; i++) {
                WebClient person = browser();
                person.get("/web/en/me");
                assertThat(person.post("/web/en/me/sign-in", Map.of("contact", contact)).statusCode()).isEqualTo(303);
            }
            WebClient again = browser();
            again.get("/web/en/me");
            HttpResponse<String> limited = again.post("/web/en/me/sign-in", Map.of("contact", contact.toUpperCase()));
            assertThat(limited.statusCode()).as(contact).isEqualTo(429);
            assertThat(limited.body()).contains("Please wait 15 minutes");
        }
        assertThat(outbox()).hasSize(MyDataPages.CODES_PER_CONTACT);
        clock.advance(MyDataPages.CODE_WINDOW);
        WebClient later = browser();
        later.get("/web/en/me");
        assertThat(later.post("/web/en/me/sign-in", Map.of("contact", "alice@example.com")).statusCode()).isEqualTo(303);
    }

    @Test
    void fiveWrongCodesSpendTheCodeAndTheRightOneSignsInOnlyBefore() {
        WebClient alice = browser();
        alice.get("/web/en/me");
        alice.post("/web/en/me/sign-in", Map.of("contact", "alice@example.com"));
        String code = outbox().get(0).replaceAll(".*code is (\\d{6}).*", "$1");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < MyDataPages.TRIES_PER_CODE; i++) {
            HttpResponse<String> refused = alice.post("/web/en/me/verify", Map.of("code", wrong));
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("That code is wrong or has expired");
        }
        assertThat(alice.post("/web/en/me/verify", Map.of("code", code)).statusCode()).isEqualTo(422);
        assertThat(alice.get("/web/en/me").body()).doesNotContain("alice@example.com</dd>");
    }

    @Test
    void aSignInCodeWorksOnceInTheSessionThatAskedAndTheSessionExpiresWhenIdle() {
        WebClient alice = browser();
        alice.get("/web/en/me");
        alice.post("/web/en/me/sign-in", Map.of("contact", "alice@example.com"));
        String code = outbox().get(0).replaceAll(".*code is (\\d{6}).*", "$1");
        WebClient thief = browser();
        thief.get("/web/en/me");
        thief.post("/web/en/me/sign-in", Map.of("contact", "nobody@example.com"));
        assertThat(thief.post("/web/en/me/verify", Map.of("code", code)).statusCode()).isEqualTo(422);

        HttpResponse<String> in = alice.post("/web/en/me/verify", Map.of("code", code));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(alice.follow(in).body()).contains("Alice Martin").contains("alice@example.com");

        clock.advance(Duration.ofMinutes(21));
        String after = alice.get("/web/en/me").body();
        assertThat(after).contains("Your session ended").doesNotContain("Alice Martin");
    }

    @Test
    void refusesBadSignUpInputWith422NamingEachFieldAndKeepsWhatWasTyped() {
        WebClient person = browser();
        person.get("/web/en/signup");
        Map<String, String> form = signUp("x".repeat(121), "not-an-address", "12");
        form.remove("consent");
        form.put("store", "other-chains-store");
        HttpResponse<String> refused = person.post("/web/en/signup", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Choose one of the stores.")
                .contains("Tick the box to agree")
                .contains("Enter your name (1 to 120 characters).")
                .contains("Enter an e-mail address like name@example.com")
                .contains("Enter a phone number of 6 to 40 characters")
                .contains("value=\"" + "x".repeat(121) + "\"")
                .contains("value=\"not-an-address\"")
                .contains("value=\"12\"");
        HttpResponse<String> noContact = person.post("/web/en/signup", signUp("Ada", "", ""));
        assertThat(noContact.statusCode()).isEqualTo(422);
        assertThat(noContact.body()).contains("Enter an e-mail address or a phone number");
        HttpResponse<String> german = person.post("/web/de/signup", signUp("Ada", "", ""));
        assertThat(german.body()).contains("Geben Sie eine E-Mail-Adresse oder Telefonnummer an");
    }

    @Test
    void escapesWhatTheCustomerTyped() {
        WebClient person = browser();
        person.get("/web/en/signup");
        HttpResponse<String> page = person.post("/web/en/signup", signUp("<script>alert(1)</script>", "bad", ""));
        assertThat(page.body()).doesNotContain("<script").contains("value=\"&lt;script>alert(1)&lt;/script>\"");
    }

    @Test
    void sendsStrictSecurityHeadersAndASecureHttpOnlyCookie() {
        HttpResponse<String> page = browser().get("/web/en/signup");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(CustomerWeb.CSP);
        assertThat(CustomerWeb.CSP).contains("default-src 'none'").doesNotContain("unsafe-inline").doesNotContain("script-src");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("__Host-palmpos=").contains("HttpOnly").contains("Secure").contains("SameSite=Lax")
                .contains("Path=/"));
        assertThat(page.body()).doesNotContain("<script");
    }

    @Test
    void theProcessorPageReturnsOnlyToThisSiteAndNeverEchoesTheCardNumber() {
        WebClient person = browser();
        person.get("/web/en/signup");
        HttpResponse<String> toProcessor = person.post("/web/en/signup", signUp("Ada Lovelace", "ada@example.com", ""));
        assertThat(toProcessor.statusCode()).isEqualTo(303);
        String location = toProcessor.headers().firstValue("Location").orElseThrow();
        assertThat(person.get(location.replace("%2Fweb%2Fen%2Fsignup%2Fcard-return", "https%3A%2F%2Fevil.example"))
                .statusCode()).isEqualTo(400);
        String state = location.replaceAll(".*state=([^&]+).*", "$1");
        Map<String, String> card = new LinkedHashMap<>();
        card.put("merchant", "demo-chain");
        card.put("state", state);
        card.put("return", "/web/en/signup/card-return");
        card.put("lang", "en");
        card.put("pan", "4242424242424241");
        card.put("month", "13");
        card.put("year", "2030");
        HttpResponse<String> refused = person.post("/processor/hosted-card", card);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Check the card number.").contains("Enter the month (1-12)")
                .doesNotContain("4242424242424241").contains("value=\"2030\"");
        card.put("pan", "4242 4242 4242 4242");
        card.put("month", "12");
        HttpResponse<String> back = person.post("/processor/hosted-card", card);
        assertThat(back.statusCode()).isEqualTo(303);
        String returned = back.headers().firstValue("Location").orElseThrow();
        assertThat(returned).startsWith("/web/en/signup/card-return?token=tok-").doesNotContain("4242");
        HttpResponse<String> code = person.follow(person.get(returned));
        assertThat(code.body()).contains("Valid until").contains("ada@example.com");
        assertThat(outbox()).singleElement().asString().startsWith("ada@example.com: Your code is ");
        // the same token cannot make a second pre-enrollment
        assertThat(person.get(returned).statusCode()).isEqualTo(400);
    }

    @Test
    void withdrawingConsentDeletesThePalmDataKeepsTheProfileAndAuditsEveryStep() {
        ch.qos.logback.classic.Logger auditLog =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.palmpos.cloud.web.audit");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> audit =
                new ch.qos.logback.core.read.ListAppender<>();
        audit.start();
        ch.qos.logback.classic.Level level = auditLog.getLevel();
        auditLog.setLevel(ch.qos.logback.classic.Level.INFO);
        auditLog.addAppender(audit);
        try {
            WebClient alice = browser();
            alice.get("/web/en/me");
            alice.post("/web/en/me/sign-in", Map.of("contact", "alice@example.com"));
            String code = outbox().get(0).replaceAll(".*code is (\\d{6}).*", "$1");
            alice.post("/web/en/me/verify", Map.of("code", code));
            String before = alice.get("/web/en/me").body();
            assertThat(before).contains("Version demo-1");
            assertThat(alice.post("/web/en/me/erase", Map.of("scope", "EVERYTHING")).statusCode()).isEqualTo(422);
            HttpResponse<String> done = alice.post("/web/en/me/erase", Map.of("scope", "BIOMETRICS"));
            assertThat(done.statusCode()).isEqualTo(303);
            String after = alice.follow(done).body();
            assertThat(after).contains("Your consent is withdrawn and your palm data is deleted.")
                    .contains("No consent on file").contains("None stored").contains("Alice Martin")
                    .contains("Palm data</strong>");
            assertThat(alice.get("/web/en/me/data.json").body()).contains("\"consent\" : null")
                    .contains("\"scope\" : \"BIOMETRICS\"");
        } finally {
            auditLog.detachAppender(audit);
            auditLog.setLevel(level);
        }
        assertThat(audit.list).extracting(e -> e.getKeyValuePairs().toString())
                .anySatisfy(kv -> assertThat(kv).contains("action=\"signin.code\"").contains("outcome=\"sent\""))
                .anySatisfy(kv -> assertThat(kv).contains("action=\"signin.verify\"").contains("outcome=\"signed-in\""))
                .anySatisfy(kv -> assertThat(kv).contains("action=\"data.view\""))
                .anySatisfy(kv -> assertThat(kv).contains("action=\"data.download\""))
                .anySatisfy(kv -> assertThat(kv).contains("action=\"data.erase.biometrics\"").contains("outcome=\"done\""))
                .allSatisfy(kv -> assertThat(kv).doesNotContain("alice@example.com"));
    }

    /** A clock tests move forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
