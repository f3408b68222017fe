package app.baton.support;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's /usr/bin/chromium driven through /usr/bin/chromedriver, so
 * nothing is downloaded (.ci/run installs both). Headless, with its own profile, so two of
 * them are two people with two sessions.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final AtomicInteger SHOT = new AtomicInteger();

    public final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** A desktop-sized browser against the application under test. */
    public static Browser open(URL base) {
        return open(base, 1280, 900);
    }

    public static Browser open(URL base, int width, int height) {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "browser tests need Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (width < 500) {
            // headless windows are never narrower than 500 px: emulate the phone's viewport instead
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        return new Browser(driver, base.toString());
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String email, String password) {
        go("/login");
        driver.findElement(By.id("j_username")).sendKeys(email);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button")).click();
        waitFor(By.cssSelector("main h1"));
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Date and time inputs take their value as yyyy-MM-ddTHH:mm whatever the browser's locale. */
    public void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(By.id(id)), value);
    }

    public void select(String id, String visibleText) {
        new Select(find(By.id(id))).selectByVisibleText(visibleText);
    }

    public void selectContaining(String id, String part) {
        Select select = new Select(find(By.id(id)));
        select.getOptions().stream().filter(o -> o.getText().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no option containing " + part + " in #" + id))
                .click();
    }

    public String path() {
        return URI_PATH(driver.getCurrentUrl());
    }

    private static String URI_PATH(String url) {
        return java.net.URI.create(url).getPath();
    }

    /** Whether the page is wider than the window: a phone user would have to scroll sideways. */
    public boolean scrollsSideways() {
        Object wider = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(wider);
    }

    public long innerWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
    }

    /** Saves target/screenshots/NN-name.png, numbered in the order taken. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(String.format("%02d-%s.png", SHOT.incrementAndGet(), name));
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("could not save the screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
