package org.triangulate.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium driven by Playwright, for the browser tests: never a downloaded browser. Tests that use it are
 * tagged {@code browser} and skipped when {@code /usr/bin/chromium} is absent ({@code apt-get install chromium}).
 * Screenshots go to {@code target/screenshots}.
 */
final class Chromium implements AutoCloseable {
    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
                "no " + EXECUTABLE + ": install Debian's chromium (apt-get install chromium) to run browser tests");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    /** A fresh page (its own context) whose console errors, CSP violations among them, are collected. */
    Page page(List<String> errors) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)).newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) errors.add(m.text());
        });
        page.onPageError(errors::add);
        page.onResponse(r -> {
            if (r.status() >= 400) errors.add(r.status() + " " + r.url());
        });
        return page;
    }

    static List<String> errors() {
        return new ArrayList<>();
    }

    /** Takes a screenshot of the viewport to target/screenshots/NAME.png and checks that it is not blank. */
    static Path screenshot(Page page, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        assertThat(distinctColors(file)).as("distinct colors in " + file).isGreaterThan(16);
        return file;
    }

    static int distinctColors(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) colors.add(image.getRGB(x, y));
        }
        return colors.size();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
