package com.palmpos.cloud.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through Debian's chromedriver (nothing downloaded at run time), at a phone's
 * width. Saves full-page screenshots and runs the axe-core WCAG 2.1 A/AA rules on a page.
 */
final class Chromium implements AutoCloseable {
    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    private static final int PHONE_WIDTH = 412;
    private static final int PHONE_HEIGHT = 915;
    private static String axe;

    final ChromeDriver driver;
    private final Path shots;

    Chromium(Path downloads, Path shots) {
        assertThat(new File(BROWSER)).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(new File(DRIVER)).as("Debian's chromedriver (apt-get install chromium-driver)").exists();
        this.shots = shots;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT, "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Saves the whole page as {@code web-<name>.png} in the screenshot folder. */
    void shoot(String name) {
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, (int) Math.max(PHONE_HEIGHT, Math.min(height, 4000))));
        try {
            Files.createDirectories(shots);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shots.resolve("web-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        }
    }

    /** The axe-core violations of WCAG 2.1 A and AA rules on the current page, one line each ("" when none). */
    String accessibilityViolations() {
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(axe() + "\n"
                + "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.nodes.length"
                + " + ' nodes): ' + v.help + ' ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })"
                + ".join('\\n')); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        return String.valueOf(result);
    }

    private static synchronized String axe() {
        if (axe == null) {
            try (InputStream in = Chromium.class.getResourceAsStream("/axe.min.js")) {
                assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
