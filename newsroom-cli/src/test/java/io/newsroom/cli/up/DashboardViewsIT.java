package io.newsroom.cli.up;

import static io.newsroom.cli.up.DashboardIT.browser;
import static io.newsroom.cli.up.DashboardIT.importWarc;
import static io.newsroom.cli.up.DashboardIT.page;
import static io.newsroom.cli.up.DashboardIT.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's views in a real headless browser over the whole local pipeline, as {@link DashboardIT} runs it: an
 * event opened from a filtered list, the article it was read from, an entity's page, the map with a country opened
 * from the keyboard, an unknown id, and a rule made
 * with its preview, muted (a matching page ingested then is recorded, not delivered) and deleted, with a wrong key
 * on the way. Screenshots of each view go to target/.
 */
class DashboardViewsIT {

    @TempDir
    Path state;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void openAnEventItsArticleAnEntityTheMapAndMakeMuteAndDeleteARuleInTheBrowser() throws Exception {
        try (LocalPipeline pipeline = DashboardIT.pipeline(state)) {
            String base = pipeline.queryUrl();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(get(base + "/api/articles?size=100").get("total").asLong()).isEqualTo(5);
                assertThat(get(base + "/api/events?lang=ar").get("total").asLong()).isPositive();
            });
            ChromeDriver browser = browser();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(base + "/");
                ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('apiKey', arguments[0]);", pipeline.apiKey());

                // the events list takes the search's filters: words no event has leave it empty
                browser.get(base + "/?q=Zanzibar");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events"), "No diplomatic events."));
                // and PLOVER's classes: the seed pages report visits, talks and agreements, cooperation all
                browser.get(base + "/?quad=conflict");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events"), "No diplomatic events."));
                assertThat(new Select(browser.findElement(By.id("quad"))).getFirstSelectedOption().getAttribute("value"))
                        .isEqualTo("conflict");
                browser.get(base + "/?quad=cooperation");
                wait.until(d -> !d.findElements(By.cssSelector("#events li[data-id]")).isEmpty());

                // an event opened from the list filtered by language: the address keeps the filter
                browser.get(base + "/?lang=ar");
                wait.until(ExpectedConditions.attributeToBe(By.id("result-count"), "textContent", "1 article"));
                WebElement listed = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#events li[data-id] a")));
                String eventId = browser.findElement(By.cssSelector("#events li[data-id]")).getAttribute("data-id");
                listed.click();
                WebElement event = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.event")));
                assertThat(browser.getCurrentUrl()).endsWith("/?lang=ar#event/" + eventId);
                assertThat(browser.findElement(By.id("search-view")).isDisplayed()).isFalse();
                assertThat(event.findElement(By.cssSelector(".facts")).getText()).contains("Status", "Source (who did it)", "Target (to whom)",
                        "First seen", "Last updated");
                assertThat(event.findElements(By.cssSelector(".reports blockquote"))).isNotEmpty();
                // the words that name the event, marked in its sentence
                assertThat(event.findElements(By.cssSelector(".reports blockquote mark.trigger"))).isNotEmpty();
                assertThat(event.findElement(By.cssSelector(".reports blockquote[lang=ar]")).getCssValue("direction")).isEqualTo("rtl");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.event .raised"), "No rule fired on it."));
                screenshot(browser, "dashboard-event.png");

                // the article that reported it, with its entities linked and the event's sentence marked
                event.findElement(By.cssSelector(".reports li:has(blockquote[lang=ar]) a[href^='#article/']")).click();
                WebElement article = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.reading")));
                assertThat(article.findElements(By.cssSelector(".body p"))).isNotEmpty();
                assertThat(article.findElement(By.cssSelector(".body")).getCssValue("direction")).isEqualTo("rtl");
                assertThat(article.findElements(By.cssSelector(".body a.ref"))).isNotEmpty();
                assertThat(article.findElements(By.cssSelector(".body mark.event-sentence"))).isNotEmpty();
                assertThat(article.findElement(By.cssSelector(".facts")).getText()).contains("Published", "Language", "ar");
                screenshot(browser, "dashboard-article.png");

                // back goes to the event, then to the filtered search as it was
                browser.navigate().back();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.event")));
                browser.navigate().back();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-view")));
                assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("1 ARTICLE");

                // an entity's page: names in several scripts, the Wikidata link, mentions over time, its events
                browser.get(base + "/#entity/Q232");
                WebElement entity = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.entity")));
                assertThat(entity.findElement(By.tagName("h2")).getText()).isEqualTo("Kazakhstan");
                assertThat(entity.findElement(By.cssSelector("a[href='https://www.wikidata.org/wiki/Q232']")).isDisplayed()).isTrue();
                assertThat(entity.findElement(By.cssSelector(".names")).getText()).contains("Latin", "Cyrillic", "Arabic");
                wait.until(d -> !d.findElements(By.cssSelector("article.entity .timeline svg rect")).isEmpty());
                wait.until(d -> !d.findElements(By.cssSelector("article.entity .event-list li[data-id]")).isEmpty());
                // its dyads: each counterpart in its events, with the events' types and months
                WebElement russia = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dyads tr[data-id=Q159]")));
                assertThat(russia.getText()).contains("Russia");
                assertThat(russia.findElements(By.cssSelector("svg.spark rect"))).isNotEmpty();
                screenshot(browser, "dashboard-entity.png");

                // the map: countries shaded by their events, each with events a button the keyboard reaches, whose Enter
                // filters the events list by that country
                JsonNode map = settledMap(base);
                assertThat(map.get("countries")).isNotEmpty();
                browser.get(base + "/#map");
                wait.until(d -> !d.findElements(By.cssSelector(".world path[data-id]")).isEmpty());
                assertThat(browser.findElements(By.cssSelector(".world path"))).hasSizeGreaterThan(150);
                assertThat(browser.findElements(By.cssSelector(".world path[tabindex='0']")))
                        .hasSize(browser.findElements(By.cssSelector(".world path[class^=n]")).size());
                assertThat(browser.findElements(By.cssSelector(".map-counts button"))).hasSize(map.get("countries").size());
                screenshot(browser, "dashboard-map.png");
                new Actions(browser).sendKeys(Keys.TAB).perform();
                WebElement focused = browser.switchTo().activeElement();
                String country = focused.getAttribute("data-id");
                JsonNode counted = null;
                for (JsonNode c : map.get("countries")) {
                    if (c.get("country").get("id").asString().equals(country)) {
                        counted = c;
                    }
                }
                assertThat(counted).as("the first country the tab key reaches, %s, is one the API counts", country).isNotNull();
                long events = counted.get("events").asLong();
                String name = counted.get("country").get("name").asString();
                assertThat(focused.getAttribute("aria-label")).isEqualTo(name + ": " + events + (events == 1 ? " event" : " events"));
                new Actions(browser).sendKeys(Keys.ENTER).perform();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-view")));
                assertThat(browser.getCurrentUrl()).endsWith("/?country=" + country);
                assertThat(browser.findElement(By.cssSelector("#active-filters .pill[data-filter=country]")).getText()).contains(name);
                long inCountry = get(base + "/api/events?country=" + country).get("total").asLong();
                assertThat(inCountry).isGreaterThanOrEqualTo(events);
                wait.until(d -> d.findElements(By.cssSelector("#events li[data-id]")).size() == Math.min(inCountry, 12));
                // back to the map with that filter, from the events list; a filter changed there keeps the map open
                browser.findElement(By.cssSelector("#events-panel a.open-map")).click();
                wait.until(ExpectedConditions.urlToBe(base + "/?country=" + country + "#map"));
                wait.until(d -> !d.findElements(By.cssSelector(".world path[data-id]")).isEmpty());
                wait.until(d -> d.findElements(By.cssSelector("#eventType option")).size() > 1);
                String type = browser.findElements(By.cssSelector("#eventType option")).get(1).getAttribute("value");
                String typedMap = base + "/api/events/map?country=" + country + "&type=" + type;
                // events may still be arriving from the sample sources: the map shows the count it read, which lies
                // between the counts before and after it (events are only ever added)
                long before = get(typedMap).get("total").asLong();
                new Select(browser.findElement(By.id("eventType"))).selectByValue(type);
                wait.until(ExpectedConditions.urlToBe(base + "/?country=" + country + "&eventType=" + type + "#map"));
                Pattern underFilters = Pattern.compile("^(\\d+) events? under the search's filters");
                String meta = wait.until(d -> d.findElements(By.cssSelector("section.map .meta")).stream().map(WebElement::getText)
                        .filter(t -> underFilters.matcher(t).find()).findFirst().orElse(null));
                Matcher shown = underFilters.matcher(meta);
                assertThat(shown.find()).isTrue();
                assertThat(Long.parseLong(shown.group(1))).isBetween(before, get(typedMap).get("total").asLong());

                // an unknown id in the address is a message, not a blank page
                browser.get(base + "/#event/" + "0".repeat(24));
                assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view .failure"))).getText())
                        .contains("no event " + "0".repeat(24));

                // a wrong key is asked for again, with the reason; the right one is kept for the tab
                ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('apiKey', 'wrong');");
                browser.get(base + "/?q=Lavrov#rules");
                assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".key-form"))).getText())
                        .contains("missing or wrong X-API-Key");
                browser.findElement(By.id("rule-key")).sendKeys(pipeline.apiKey());
                browser.findElement(By.cssSelector(".key-form button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.rules")));
                wait.until(ExpectedConditions.attributeToBe(By.id("stream-state"), "textContent", "live"));

                // a new rule from the search, previewed against the index before it is saved
                browser.findElement(By.cssSelector("section.rules a[href='#rules/new']")).click();
                WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.rule-form")));
                assertThat(form.findElement(By.name("query")).getAttribute("value")).isEqualTo("Lavrov");
                long lavrov = get(base + "/api/articles?q=Lavrov").get("total").asLong();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#preview .preview-count"),
                        "(" + lavrov + " in the whole index)"));
                assertThat(browser.findElements(By.cssSelector("#preview .preview-items li"))).hasSize((int) Math.min(lavrov, 5));
                screenshot(browser, "dashboard-rule-preview.png");

                // a malformed rule is refused with the reason, on the page
                WebElement query = form.findElement(By.name("query"));
                query.clear();
                query.sendKeys("\"Lavrov");
                form.findElement(By.cssSelector("button[type=submit]")).click();
                assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-error"))).getText())
                        .startsWith("Not saved:").contains("unclosed");
                query.clear();
                query.sendKeys("Lavrov");
                form.findElement(By.cssSelector("button[type=submit]")).click();
                WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rules tbody tr[data-id]")));
                String ruleId = row.getAttribute("data-id");
                assertThat(browser.findElement(By.id("rule-state")).getText()).isEqualTo("Rule \"Lavrov\" saved.");
                assertThat(row.findElement(By.cssSelector(".state-cell")).getText()).isEqualTo("active");

                // muted: a matching page is recorded in the rule's history but never reaches the live alerts
                row.findElement(By.cssSelector("button.mute")).click();
                wait.until(ExpectedConditions.textToBe(By.cssSelector("#rules tr[data-id='" + ruleId + "'] .state-cell"), "muted"));
                importWarc(pipeline, page(state.resolve("fresh.warc.gz"), "https://fresh.example/lavrov-again",
                        "tdi/lavrov-tajikistan.html"));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(keyed(base + "/api/alerts?rule=" + ruleId, pipeline.apiKey()).get("alerts")).hasSize(1));
                browser.findElement(By.cssSelector("#rules tr[data-id='" + ruleId + "'] a")).click();
                WebElement recorded = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".history-list li.status-MUTED")));
                assertThat(recorded.getText()).contains("muted");
                assertThat(browser.findElements(By.cssSelector("#alerts li[data-rule='" + ruleId + "']"))).isEmpty();
                screenshot(browser, "dashboard-rule.png");
                browser.findElement(By.cssSelector("section.rule a[href='#rules']")).click();
                WebElement muted = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#rules tr[data-id='" + ruleId + "']")));
                assertThat(muted.findElement(By.cssSelector("td.n")).getText()).isEqualTo("1");
                screenshot(browser, "dashboard-rules.png");

                // deleted, after a second press
                muted.findElement(By.cssSelector("button.delete")).click();
                browser.findElement(By.cssSelector("#rules tr[data-id='" + ruleId + "'] button.delete")).click();
                wait.until(ExpectedConditions.textToBe(By.id("rule-state"), "Rule \"Lavrov\" deleted."));
                assertThat(browser.findElements(By.cssSelector("#rules tr[data-id='" + ruleId + "']"))).isEmpty();

                // a narrow screen: one column
                browser.manage().window().setSize(new Dimension(420, 900));
                browser.get(base + "/?lang=ar#event/" + eventId);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.event")));
                assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                        .isEqualTo(true);
                screenshot(browser, "dashboard-narrow.png");
                browser.findElement(By.cssSelector("nav a[href='#map']")).click();
                wait.until(ExpectedConditions.urlToBe(base + "/?lang=ar#map"));
                wait.until(d -> !d.findElements(By.cssSelector(".world path[data-id]")).isEmpty());
                assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                        .isEqualTo(true);
                screenshot(browser, "dashboard-map-narrow.png");
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * The map's counts once the pipeline has stopped changing them: events of the last seed pages may still be
     * written after their articles are searchable, and the browser reads the map after this test does.
     */
    private JsonNode settledMap(String base) {
        JsonNode[] last = {null};
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            JsonNode now = get(base + "/api/events/map");
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same ? now : null;
        }, m -> m != null);
    }

    private JsonNode get(String url) throws Exception {
        return keyed(url, null);
    }

    private JsonNode keyed(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(r.body());
    }
}
