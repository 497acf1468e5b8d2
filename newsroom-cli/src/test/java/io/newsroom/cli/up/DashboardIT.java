package io.newsroom.cli.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
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

import io.newsroom.cli.warc.ImportWarcCommand;
import io.newsroom.localstack.Ports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard in a real headless browser (Debian's chromium through its chromedriver) over the whole local
 * pipeline: search, highlights, a filter, Arabic shown right to left, the side panels, and a live alert that
 * appears without a reload when a matching article is ingested (alerts need the key, which the tab is given).
 * Screenshots go to target/ for people to look at.
 */
class DashboardIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void searchFilterAndSeeALiveAlertArriveInTheBrowser() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver; .ci/run does)").isExecutable();
        try (LocalPipeline pipeline = pipeline(state)) {
            String base = pipeline.queryUrl();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(get(base + "/api/articles?size=100").get("total").asLong()).isEqualTo(5));
            ChromeDriver browser = browser();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(base + "/");
                wait.until(ExpectedConditions.attributeToBe(By.id("result-count"), "textContent", "5 articles"));
                // alerts need a key: without one the panel says so; with the key this tab was given, they are live
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stream-state"), "key needed"));
                assertThat(browser.findElement(By.id("unlock-alerts")).isDisplayed()).isTrue();
                ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('apiKey', arguments[0]);", pipeline.apiKey());
                browser.navigate().refresh();
                wait.until(ExpectedConditions.attributeToBe(By.id("result-count"), "textContent", "5 articles"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stream-state"), "live"));

                // search: results with the words highlighted, a timeline, top entities, events, source health
                WebElement q = browser.findElement(By.id("q"));
                q.sendKeys("Putin");
                browser.findElement(By.cssSelector("#search button[type=submit]")).click();
                wait.until(ExpectedConditions.attributeToBe(By.id("result-count"), "textContent", "4 articles"));
                assertThat(browser.getCurrentUrl()).endsWith("?q=Putin");
                assertThat(browser.findElements(By.cssSelector("#results li.result h3 em"))).isNotEmpty();
                assertThat(browser.findElements(By.cssSelector("#results li.result h3 em")).get(0).getText()).isEqualTo("Putin");
                wait.until(d -> !d.findElements(By.cssSelector("#timeline svg rect")).isEmpty());
                wait.until(d -> !d.findElements(By.cssSelector("#entities button.entity")).isEmpty());
                wait.until(d -> !d.findElements(By.cssSelector("#events li[data-id]")).isEmpty());
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sources tbody"), "sample-site"));
                screenshot(browser, "dashboard-search.png");

                // filter by language: the Arabic article, right to left
                new Select(browser.findElement(By.id("lang"))).selectByValue("ar");
                wait.until(ExpectedConditions.attributeToBe(By.id("result-count"), "textContent", "1 article"));
                WebElement arabic = browser.findElement(By.cssSelector("#results li.result"));
                assertThat(arabic.getAttribute("dir")).isEqualTo("rtl");
                assertThat(arabic.getAttribute("lang")).isEqualTo("ar");
                assertThat(arabic.findElement(By.cssSelector("h3")).getText()).startsWith("سفير");
                assertThat(arabic.findElement(By.cssSelector("h3")).getCssValue("direction")).isEqualTo("rtl");
                screenshot(browser, "dashboard-arabic.png");

                // an entity from the top-entities panel filters by that identity, in every language
                browser.get(base + "/");
                wait.until(ExpectedConditions.attributeToBe(By.id("result-count"), "textContent", "5 articles"));
                wait.until(d -> !d.findElements(By.cssSelector("#entities button.entity")).isEmpty());
                WebElement tokayev = wait.until(d -> d.findElements(By.cssSelector("#entities button.entity")).stream()
                        .filter(b -> b.getText().startsWith("Kassym-Jomart Tokayev")).findFirst().orElse(null));
                tokayev.click();
                wait.until(ExpectedConditions.attributeToBe(By.id("result-count"), "textContent", "2 articles"));
                assertThat(browser.getCurrentUrl()).contains("entity=Q200881");
                assertThat(browser.findElements(By.cssSelector("#results li.result")))
                        .extracting(r -> r.getAttribute("lang")).containsExactlyInAnyOrder("ar", "en");
                assertThat(browser.findElement(By.cssSelector("#active-filters .pill")).getText()).contains("Kassym-Jomart Tokayev");

                // a live alert: a rule saved, then a matching page ingested; it appears without a reload
                ((JavascriptExecutor) browser).executeScript("window.sameDocument = true;");
                String ruleId = createRule(base, pipeline.apiKey(), "{\"name\":\"Lavrov\",\"query\":\"Lavrov\"}");
                importWarc(pipeline, page(state.resolve("fresh.warc.gz"), "https://fresh.example/lavrov-visit",
                        "tdi/lavrov-tajikistan.html"));
                WebElement alert = new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
                        .visibilityOfElementLocated(By.cssSelector("#alerts li[data-rule='" + ruleId + "']")));
                assertThat(alert.getText()).contains("Lavrov").contains("ARTICLE");
                assertThat(alert.findElement(By.cssSelector("a")).getAttribute("href")).isEqualTo("https://fresh.example/lavrov-visit");
                assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument === true;")).isEqualTo(true);
                screenshot(browser, "dashboard-alert.png");
            } finally {
                browser.quit();
            }
        }
    }

    /** The whole local pipeline on free ports, over the sample site, its own log kept out of the build's. */
    static LocalPipeline pipeline(Path state) throws Exception {
        PipelineOptions.Ports ports = new PipelineOptions.Ports(Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free());
        Path home = Path.of("..").toAbsolutePath().normalize();
        return new LocalPipeline(new PipelineOptions(home, state, null, ports),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).start();
    }

    static ChromeDriver browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as root in a sandboxed machine with no network beyond loopback: no sandbox, none of Chromium's own traffic
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        // the driver named here, so Selenium never tries to download one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private String createRule(String base, String key, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/alert-rules"))
                .header("Content-Type", "application/json").header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(r.body()).get("id").asString();
    }

    /** One sample page captured under another URL. */
    static Path page(Path file, String url, String samplePage) throws Exception {
        byte[] html;
        try (InputStream in = DashboardIT.class.getResourceAsStream("/sample-site/" + samplePage)) {
            html = in.readAllBytes();
        }
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create(url)).date(Instant.now())
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
                            .body(MediaType.parse("text/html; charset=utf-8"), html).build()).build());
        }
        return file;
    }

    static void importWarc(LocalPipeline pipeline, Path warc) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ImportWarcCommand().run(List.of("--broker", pipeline.kafkaBootstrap(), warc.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }
}
