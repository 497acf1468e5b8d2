package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ArabicAdjectivesTest {

    @Test
    void arabicCountryAdjectivesAreMadeFromOneWordNames() {
        assertThat(ArabicAdjectives.nisba("سوريا")).containsExactly("سوري", "سورية", "سوريين", "سوريون");
        assertThat(ArabicAdjectives.nisba("الأردن")).containsExactly("أردني", "أردنية", "أردنيين", "أردنيون");
        assertThat(ArabicAdjectives.nisba("السعودية")).containsExactly("سعودي", "سعودية", "سعوديين", "سعوديون");
        assertThat(ArabicAdjectives.nisba("كندا")).containsExactly("كندي", "كندية", "كنديين", "كنديون");
        assertThat(ArabicAdjectives.nisba("الولايات المتحدة")).isEmpty();
        assertThat(ArabicAdjectives.nisba("مالي")).isEmpty();
    }

    @Test
    void anAdjectiveTwoCountriesWouldShareIsLeftOut() {
        GazetteerLoader loader = new GazetteerLoader();
        loader.countries(List.of(country("Q1", "AAA", "Alpha", "ألفا"), country("Q2", "BBB", "Alphia", "الألف"),
                country("Q3", "CCC", "Gamma", "غاما")), Map.of());
        ArabicAdjectives.addTo(loader);
        Map<String, List<String>> arabic = new HashMap<>();
        for (GazetteerEntry e : loader.entries()) {
            arabic.put(e.id(), e.aliases().stream().filter(a -> a.lang().equals("ar")).map(GazetteerEntry.Alias::text).toList());
        }
        assertThat(arabic.get("Q3")).contains("غامي", "غامية");
        // ألفا and الألف both give ألفي
        assertThat(arabic.get("Q1")).doesNotContain("ألفي");
        assertThat(arabic.get("Q2")).doesNotContain("ألفي");
    }

    private static Map<String, String> country(String qid, String iso3, String en, String ar) {
        Map<String, String> r = new HashMap<>();
        for (String col : List.of("qid", "iso3", "iso2", "name_en", "un_short_en", "name_ar", "name_ru", "name_zh", "name_fr",
                "name_es", "formal_en", "formal_ar", "formal_ru", "capital_en", "capital_qid")) {
            r.put(col, "");
        }
        r.put("qid", qid);
        r.put("iso3", iso3);
        r.put("name_en", en);
        r.put("name_ar", ar);
        return r;
    }
}
