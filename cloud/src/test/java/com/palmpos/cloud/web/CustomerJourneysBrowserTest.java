package com.palmpos.cloud.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.palmpos.pos.customer.CustomerProfile;
import com.palmpos.pos.enrollment.EnrollmentException;
import com.palmpos.pos.enrollment.EnrollmentProblem;
import com.palmpos.pos.enrollment.PreEnrollments;
import com.palmpos.sync.support.CloudFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Both customer journeys in a real browser (Debian's headless chromium through Selenium) against the real cloud and
 * a counter terminal wired with the real pre-enrollment service and customer sync, in English and German. Every page
 * is checked with the axe-core WCAG 2.1 A/AA rules and saved as {@code web-<page>-<lang>.png}: under
 * {@code target/web-screenshots}, or where {@code -Dweb.screenshots.dir} says (the README's command writes
 * {@code docs/screenshots}).
 */
class CustomerJourneysBrowserTest {
    private static final Pattern SIGN_IN_CODE = Pattern.compile("(?:code is|lautet) (\\d{6})");
    /** How long a page may take to appear after a click (the machine may be busy). */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path cloudDir;
    @TempDir
    Path counterDir;
    @TempDir
    Path downloads;
    CloudFixture cloud;
    CounterTerminal counter;
    Chromium browser;
    String base;

    @BeforeEach
    void start() {
        cloud = CloudFixture.start(cloudDir);
        counter = new CounterTerminal(counterDir, cloud.client(), cloud.registration().terminalId());
        Path shots = Path.of(System.getProperty("web.screenshots.dir", "target/web-screenshots"));
        browser = new Chromium(downloads, shots);
        base = "http://localhost:" + cloud.emulator().url().getPort();
    }

    @AfterEach
    void stop() {
        browser.close();
        counter.close();
        cloud.close();
    }

    /** The element once the page that has it is shown (a click's navigation may still be under way). */
    private WebElement find(String css) {
        return await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> browser.driver.findElement(By.cssSelector(css)), element -> true);
    }

    private void awaitUrl(String regex) {
        await().atMost(PATIENCE).until(() -> browser.driver.getCurrentUrl(), url -> url.matches(regex));
    }

    private void type(String css, String text) {
        find(css).clear();
        find(css).sendKeys(text);
    }

    /** Checks the page's accessibility and saves its screenshot. */
    private void page(String name, String lang) {
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        assertThat(browser.accessibilityViolations()).as("axe-core WCAG 2.1 A/AA on " + name).isEmpty();
        browser.shoot(name + "-" + lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void signsUpOnlineAndIsGreetedAtTheCounterAfterShowingThePalmAndTypingTheCode(String lang) {
        browser.driver.get(base + "/web/" + lang + "/");
        page("home", lang);
        find("a.button[href$='/signup']").click();
        page("signup", lang);

        find("#continue").click();
        assertThat(find(".errors").getText()).contains("en".equals(lang) ? "Choose one of the stores." : "Wählen Sie eine der Filialen.");
        assertThat(find("#name").getAttribute("aria-invalid")).isEqualTo("true");
        page("signup-errors", lang);

        find("#store option[value='demo-store']").click();
        find("#consent").click();
        type("#name", "Ada Lovelace");
        type("#email", "ada." + lang + "@example.com");
        find("#continue").click();

        awaitUrl(".*/processor/hosted-card.*");
        page("processor", lang);
        type("#pan", "4242 4242 4242 4242");
        type("#month", "12");
        type("#year", "2031");
        find("#save-card").click();

        awaitUrl(".*/web/" + lang + "/signup/code");
        String code = find("#code").getText().strip();
        assertThat(code).matches("[2-9A-HJ-KM-NP-Z]{8}");
        assertThat(find("#expires").getText()).containsAnyOf("Valid until", "Gültig bis");
        page("code", lang);
        browser.driver.get(base + "/web/" + lang + "/demo/outbox");
        assertThat(find(".message").getText()).contains("ada." + lang + "@example.com").contains(code);
        page("outbox", lang);

        // at the counter: the cashier types the code, the customer shows the palm (the real pre-enrollment service)
        byte[] palm = palm();
        counter.preEnrollment.check(code.toLowerCase());
        PreEnrollments.Completed done = counter.preEnrollment.complete(code, palm);
        CustomerProfile greeted = counter.customers.find(done.customerId()).orElseThrow();
        assertThat(greeted.name()).isEqualTo("Ada Lovelace");
        assertThat(greeted.preferredName()).isEqualTo("Ada");
        assertThat(greeted.loyaltyId()).isEqualTo(done.loyaltyId()).isNotNull();
        assertThat(greeted.card()).isNotNull();
        assertThat(greeted.card().brand() + " " + greeted.card().last4()).isEqualTo("VISA 4242");
        assertThat(counter.identify(palm)).contains(done.customerId());
        assertThatThrownBy(() -> counter.preEnrollment.complete(code, palm()))
                .isInstanceOfSatisfying(EnrollmentException.class, e -> assertThat(e.problem()).isEqualTo(EnrollmentProblem.CODE_USED));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void signsInDownloadsDeletesAndTheCounterNoLongerIdentifiesThePalm(String lang) throws IOException {
        String bruno = cloud.client().customerChanges(null, 100).items().stream()
                .filter(p -> "bruno@example.com".equals(p.email())).findFirst().orElseThrow().customerId();
        byte[] palm = palm();
        cloud.emulator().seedPalmTemplates(bruno, List.of(palm));
        counter.profiles.pullNow();
        assertThat(counter.identify(palm)).contains(bruno);

        browser.driver.get(base + "/web/" + lang + "/me");
        page("signin", lang);
        type("#contact", "Bruno@Example.com");
        find("#send-code").click();
        find("#code");
        page("verify", lang);
        String verifyUrl = browser.driver.getCurrentUrl();
        browser.driver.get(base + "/web/" + lang + "/demo/outbox");
        Matcher m = SIGN_IN_CODE.matcher(find(".message .body").getText());
        assertThat(m.find()).isTrue();
        browser.driver.get(verifyUrl);
        type("#code", m.group(1));
        find("#verify").click();

        assertThat(find("#name").getText()).isEqualTo("Bruno Costa");
        assertThat(find("#palm").getText()).startsWith("1 ");
        assertThat(find("#consent").getText()).contains("demo-1");
        page("data", lang);

        find("#download").click();
        Path json = downloads.resolve("palmpos-my-data.json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(json) && Files.size(json) > 0);
        assertThat(Files.readString(json)).contains("\"name\" : \"Bruno Costa\"").contains("\"palmTemplates\" : 1")
                .contains("\"exportedAt\"");

        find("#delete-profile").click();
        assertThat(find("#confirm-error").getText()).isNotBlank();
        find("#confirm").click();
        find("#delete-profile").click();
        assertThat(find("#done").getText()).containsAnyOf("Your profile is deleted.", "Ihr Profil ist gelöscht.");
        assertThat(find(".erasure").getAttribute("class")).contains("pending");
        page("deleting", lang);

        // the counter's periodic pulls: the first applies the erasure, the next confirms it to the cloud
        counter.profiles.pullNow();
        assertThat(counter.identify(palm)).isEmpty();
        assertThat(counter.customers.find(bruno)).isEmpty();
        counter.profiles.pullNow();
        browser.driver.navigate().refresh();
        assertThat(find(".erasure").getAttribute("class")).contains("complete");
        page("deleted", lang);
    }

    private static byte[] palm() {
        byte[] template = new byte[512];
        new SecureRandom().nextBytes(template);
        return template;
    }
}
