package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Entity;
import io.newsroom.contracts.ItemHints;
import io.newsroom.enrich.core.Enricher;
import io.newsroom.enrich.core.TestEnricher;

/** The acceptance list of issue 5 on the five seed pages, through the enrich service's own code path. */
class SeedEntitiesTest {

    static final Enricher ENRICHER = TestEnricher.SHIPPED;

    private static List<Entity> entities(String path, String charset) throws IOException {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/sample-site" + path + ".html")) {
            String html = new String(in.readAllBytes(), Charset.forName(charset));
            return ENRICHER.page(html, "http://localhost:8090" + path, ItemHints.none(), null).entities();
        }
    }

    private static Set<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::id).collect(Collectors.toSet());
    }

    private static Map<String, String> names(List<Entity> entities) {
        return entities.stream().collect(Collectors.toMap(Entity::name, Entity::type, (a, b) -> a));
    }

    @Test
    void theVictoryDayLeadersTheirCountriesTheBlocsAndThePlacesAreLinked() throws IOException {
        List<Entity> e = entities("/worlddesk/victory-day-leaders", "UTF-8");
        assertThat(ids(e)).contains(
                "Q7747", "Q2866", "Q200881", "Q25597826", "Q57366", "Q57530", "Q57808", "Q1932603", "Q58323", "Q23530",
                // Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan, Cuba, Laos, Guinea-Bissau, Russia
                "Q184", "Q232", "Q813", "Q863", "Q874", "Q265", "Q241", "Q819", "Q1007", "Q159",
                "Q7779", "Q485207", "Q649", "newsroom:place:red-square");
        Entity rahmon = e.stream().filter(x -> "Q57366".equals(x.id())).findFirst().orElseThrow();
        assertThat(rahmon.mentions()).extracting(Entity.Mention::surface).contains("Ali Rahman");
        Entity tokayev = e.stream().filter(x -> "Q200881".equals(x.id())).findFirst().orElseThrow();
        assertThat(tokayev.name()).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(tokayev.mentions()).extracting(Entity.Mention::surface).contains("Kassym-Jomart Tokaïev");
    }

    @Test
    void theArabicPageLinksItsPeopleAndBlocsByTheirArabicNames() throws IOException {
        List<Entity> e = entities("/arabic/tokayev-visit", "windows-1256");
        assertThat(ids(e)).contains("Q200881", "Q16855164", "Q7747", "Q32024", "Q24350696",
                "Q485207", "Q318693", "Q4173083", "Q7779");
        Entity putin = e.stream().filter(x -> "Q7747".equals(x.id())).findFirst().orElseThrow();
        assertThat(putin.mentions()).extracting(Entity.Mention::surface).contains("فلاديمير بوتين");
    }

    @Test
    void theLavrovAndUzbekistanPagesLinkTheirMinistersAndPlaces() throws IOException {
        assertThat(ids(entities("/tdi/lavrov-tajikistan", "UTF-8"))).contains("Q58217", "Q57366",
                "newsroom:person:sirojiddin-muhriddin", "newsroom:place:dushanbe");
        assertThat(ids(entities("/cambarysu/russia-uzbekistan", "UTF-8"))).contains("Q4082839", "Q269", "Q318693",
                "Q4173083");
    }

    @Test
    void nothingFromTickersTeasersOrReadAlsoBlocksBecomesAnEntity() throws IOException {
        for (String[] page : List.of(new String[] {"/almayadeen/putin-xi-talks", "UTF-8"},
                new String[] {"/arabic/tokayev-visit", "windows-1256"}, new String[] {"/worlddesk/victory-day-leaders", "UTF-8"},
                new String[] {"/tdi/lavrov-tajikistan", "UTF-8"}, new String[] {"/cambarysu/russia-uzbekistan", "UTF-8"})) {
            List<Entity> e = entities(page[0], page[1]);
            assertThat(names(e).keySet()).as(page[0]).noneMatch(n -> n.matches("(?i).*(Witkoff|Hezbollah|Bolsonaro|Knesset|Zelensk).*"));
            assertThat(e).as(page[0]).flatExtracting(Entity::mentions).extracting(Entity.Mention::surface)
                    .noneMatch(s -> s.matches(".*(ويتكوف|حزب الله|بولسونارو|الكنيست|زيلينسك).*"));
        }
    }

    @Test
    void mentionsPointAtTheirSurfaceAndTheTitleWeighsMore() throws IOException {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/sample-site/tdi/lavrov-tajikistan.html")) {
            String html = new String(in.readAllBytes(), Charset.forName("UTF-8"));
            Enricher.Result r = ENRICHER.page(html, "http://localhost/tdi", ItemHints.none(), null);
            for (Entity entity : r.entities()) {
                for (Entity.Mention m : entity.mentions()) {
                    String field = m.field().equals("title") ? r.extraction().title() : r.extraction().text();
                    assertThat(field.substring(m.start(), m.end())).isEqualTo(m.surface());
                }
            }
            assertThat(r.entities().get(0).salience()).isEqualTo(1.0);
            Entity lavrov = r.entities().stream().filter(x -> "Q58217".equals(x.id())).findFirst().orElseThrow();
            assertThat(lavrov.salience()).isGreaterThan(0.5);
        }
    }
}
