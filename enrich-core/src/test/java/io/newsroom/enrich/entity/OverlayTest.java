package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The curated overlay: well-formed, sourced, and no second identity for anything the data knows. */
class OverlayTest {

    private static List<Overlay.Row> shippedRows() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                OverlayTest.class.getResourceAsStream("/gazetteer/overlay.tsv"), StandardCharsets.UTF_8))) {
            return Overlay.read(in);
        }
    }

    private static Set<String> dataIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String file : List.of("countries.csv", "intl_orgs.csv", "leaders.csv", "leaders-history.csv")) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    OverlayTest.class.getResourceAsStream("/gazetteer/" + file), StandardCharsets.UTF_8))) {
                for (Map<String, String> r : Csv.read(in)) {
                    for (String col : List.of("qid", "capital_qid", "country_qid")) {
                        if (r.get(col) != null && !r.get(col).isEmpty()) {
                            ids.add(r.get(col));
                        }
                    }
                }
            }
        }
        return ids;
    }

    @Test
    void everyRowIsWellFormedAndSaysWhereItComesFrom() throws IOException {
        List<Overlay.Row> rows = shippedRows();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }

    @Test
    void aQidRowNamesAnEntryOfTheDataAndNewEntriesTakeLocalIds() throws IOException {
        Set<String> known = dataIds();
        assertThat(shippedRows()).filteredOn(r -> r.id().startsWith("Q"))
                .allSatisfy(r -> assertThat(known).as("line %d: QID %s is not in the shipped data", r.line(), r.id())
                        .contains(r.id()));
    }

    @Test
    void theOverlayIntroducesNoDuplicateIdentity() throws IOException {
        NameKeys keys = new NameKeys();
        Tokenizer tokenizer = new Tokenizer(keys);
        List<GazetteerEntry> all = GazetteerLoader.shipped();
        Set<String> overlayIds = new HashSet<>();
        shippedRows().forEach(r -> overlayIds.add(r.id()));
        // the names of everything the data alone knows, by type
        Map<String, String> owner = new HashMap<>();
        for (GazetteerEntry e : all) {
            if (e.id().startsWith("newsroom:") && overlayIds.contains(e.id()) && !e.id().startsWith("newsroom:place:")) {
                continue;
            }
            owner.putIfAbsent(e.type() + "|" + String.join(" ", tokenizer.keysOf(e.name())), e.id());
        }
        for (GazetteerEntry e : all) {
            if (!e.id().startsWith("newsroom:") || !overlayIds.contains(e.id())) {
                continue;
            }
            for (GazetteerEntry.Alias a : e.aliases()) {
                String key = e.type() + "|" + String.join(" ", tokenizer.keysOf(a.text()));
                String other = owner.get(key);
                assertThat(other == null || other.equals(e.id()))
                        .as("overlay entry %s names '%s', which is %s already", e.id(), a.text(), other).isTrue();
            }
        }
        assertThat(all.stream().map(GazetteerEntry::id).distinct().count()).isEqualTo(all.size());
    }

    @Test
    void malformedRowsAreRefusedWithTheirLine() {
        String header = String.join("\t", Overlay.COLUMNS) + "\n";
        assertThatThrownBy(() -> Overlay.read(new BufferedReader(new StringReader(header
                + "Q1\tPERSON\tX\ten\tY\t\t\t\t\t\n")))).hasMessageContaining("line 2").hasMessageContaining("source");
        assertThatThrownBy(() -> Overlay.read(new BufferedReader(new StringReader(header
                + "someone\tPERSON\tX\t\t\t\t\t\t\tsrc\n")))).hasMessageContaining("id must be");
        assertThatThrownBy(() -> Overlay.read(new BufferedReader(new StringReader(header
                + "Q1\tPERSON\t\t\t\tking\t\t\t\tsrc\n")))).hasMessageContaining("role must be");
        assertThatThrownBy(() -> Overlay.read(new BufferedReader(new StringReader(header
                + "Q1\tPERSON\t\t\t\t-king\tUSA\t\t\tsrc\n")))).hasMessageContaining("role must be");
    }

    @Test
    void aRoleAfterAMinusWithdrawsTheDatasOfficeOfThatKind() throws IOException {
        String header = String.join("\t", Overlay.COLUMNS) + "\n";
        assertThat(Overlay.read(new BufferedReader(new StringReader(header
                + "Q1\tPERSON\t\t\t\t-head_of_state\tUSA\t\t\tsrc\n")))).singleElement()
                .extracting(Overlay.Row::role).isEqualTo("-head_of_state");
        GazetteerEntry baker = GazetteerLoader.shipped().stream().filter(e -> e.id().equals("Q107054330"))
                .findFirst().orElseThrow();
        assertThat(baker.roles()).extracting(GazetteerEntry.Role::role).doesNotContain("head_of_state");
    }
}
