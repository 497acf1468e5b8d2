package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegnalNamePassTest {

    private static TagContext run(String text) {
        TagContext a = Shipped.article(text);
        new RegnalNamePass(Shipped.GAZETTEER, Shipped.KEYS, Shipped.CUES).run(a);
        return a;
    }

    @Test
    void aGivenNameAndARomanNumeralNameTheMonarch() {
        assertThat(Shipped.found(run("King Abdullah II received the envoy."))).containsExactly("Abdullah II = [Q57464]");
    }

    @Test
    void anArabicOrdinalIsARegnalNumber() {
        assertThat(Shipped.found(run("وجدد جلالة الملك عبدالله الثاني الموقف."))).containsExactly("عبدالله الثاني = [Q57464]");
        assertThat(Shipped.found(run("مباحثات مع جلالة الملك محمد السادس في الرباط."))).containsExactly("محمد السادس = [Q57553]");
    }

    @Test
    void aNumberAfterWordsThatAreNoMonarchsNameIsNoOne() {
        assertThat(run("during World War II commemorations").spans()).isEmpty();
        assertThat(run("the war II of them").spans()).isEmpty();
    }
}
