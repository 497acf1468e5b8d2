package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ResolverTest {

    private static final int PUTIN = Shipped.entry("Q7747");
    private static final int MEDVEDEV = Shipped.entry("Q23530");
    private static final int RAHMON = Shipped.entry("Q57366");

    private static String chosen(String text, LocalDate date, Set<String> countries, int from, int to, Integer... candidates) {
        TagContext a = TagContext.of(new Tokenizer(Shipped.KEYS), "", text, date);
        a.countries().addAll(countries);
        Span span = new Span(from, to, Set.of(candidates));
        Shipped.RESOLVER.resolve(span, a);
        return Shipped.GAZETTEER.entries().get(span.entry).id();
    }

    @Test
    void theTitleChoosesWhoHeldThatOfficeOnTheArticlesDate() {
        assertThat(chosen("President Medvedev spoke", LocalDate.of(2010, 6, 1), Set.of(), 1, 2, PUTIN, MEDVEDEV)).isEqualTo("Q23530");
        assertThat(chosen("President Medvedev spoke", LocalDate.of(2015, 6, 1), Set.of(), 1, 2, PUTIN, MEDVEDEV)).isEqualTo("Q7747");
        assertThat(chosen("Prime Minister Medvedev spoke", LocalDate.of(2015, 6, 1), Set.of(), 2, 3, PUTIN, MEDVEDEV))
                .isEqualTo("Q23530");
    }

    @Test
    void someoneOfACountryTheArticleNamesWins() {
        assertThat(chosen("Rahmon Putin", null, Set.of("TJK"), 0, 1, PUTIN, RAHMON)).isEqualTo("Q57366");
        assertThat(chosen("Rahmon Putin", null, Set.of("RUS"), 0, 1, PUTIN, RAHMON)).isEqualTo("Q7747");
    }

    @Test
    void countriesNotedEarlyHelpTheNamesFoundLater() {
        TagContext a = Shipped.listed("Президент Казахстана прибыл в Москву.");
        assertThat(a.countries()).contains("KAZ");
        assertThat(Shipped.found(a)).contains("Казахстана = Q232");
    }
}
