package io.newsroom.ingest.seen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final String PAGE = """
            <html><head><title>Talks in Astana</title><style>p { color: red }</style>
            <script>var nonce = "a1b2"; if (a < b && c > d) { document.write("</div>"); }</script></head>
            <body><div class="ad" data-slot="17"></div>
            <h1>Talks in Astana</h1><!-- cache 2026-11-27T10:00 -->
            <p>The ministers met on <b>Monday</b>.</p><p>They signed   an agreement.</p>
            </body></html>""";

    @Test
    void visibleTextLeavesOutMarkupScriptsStylesAndComments() {
        assertThat(ContentHash.visibleText(PAGE))
                .isEqualTo("Talks in Astana Talks in Astana The ministers met on Monday . They signed an agreement.");
    }

    @Test
    void aPageThatChangesOnlyAttributesScriptsOrCommentsKeepsItsHash() {
        String refetched = PAGE.replace("a1b2", "9f8e").replace("data-slot=\"17\"", "data-slot=\"42\"")
                .replace("2026-11-27T10:00", "2026-11-27T10:05").replace("<b>", "<strong class=\"x\">")
                .replace("</b>", "</strong>");
        assertThat(ContentHash.of(refetched)).isEqualTo(ContentHash.of(PAGE));
    }

    @Test
    void aChangedSentenceChangesTheHash() {
        assertThat(ContentHash.of(PAGE.replace("signed", "initialled"))).isNotEqualTo(ContentHash.of(PAGE));
    }

    @Test
    void textWithALessThanSignIsStillText() {
        assertThat(ContentHash.visibleText("<p>a < b and 3<4</p>")).isEqualTo("a < b and 3<4");
    }

    @Test
    void unclosedMarkupEndsTheTextInsteadOfFailing() {
        assertThat(ContentHash.visibleText("<p>kept</p><script>never closed")).isEqualTo("kept");
        assertThat(ContentHash.visibleText("<p>kept</p><!-- open comment")).isEqualTo("kept");
        assertThat(ContentHash.visibleText("<p>kept</p><div class=\"x")).isEqualTo("kept");
    }
}
