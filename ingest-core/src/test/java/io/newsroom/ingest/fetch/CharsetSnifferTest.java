package io.newsroom.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private final CharsetSniffer sniffer = new CharsetSniffer();

    @Test
    void anArabicPageDeclaringWindows1256OnlyInItsMetaDecodesToArabicText() throws Exception {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/sample-site/arabic/tokayev-visit.html")) {
            page = in.readAllBytes();
        }
        Charset cs = sniffer.sniff(page, "text/html");
        assertThat(cs.name()).isEqualTo("windows-1256");
        assertThat(sniffer.decode(page, cs)).contains("توكايف").doesNotContain("\uFFFD");
    }

    @Test
    void theHeaderWinsOverTheMetaAndTheBomWinsOverBoth() {
        byte[] meta = "<meta charset=\"windows-1256\">".getBytes(StandardCharsets.US_ASCII);
        assertThat(sniffer.sniff(meta, "text/html; charset=UTF-8")).isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertThat(sniffer.sniff(bom, "text/html; charset=windows-1256")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(sniffer.decode(bom, StandardCharsets.UTF_8)).isEqualTo("hi");
    }

    @Test
    void anArabicPageThatDeclaresNothingIsRecognisedAsWindows1256() throws Exception {
        byte[] page;
        try (InputStream in = getClass().getResourceAsStream("/sample-site/arabic/tokayev-visit.html")) {
            page = new String(in.readAllBytes(), Charset.forName("windows-1256"))
                    .replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", "")
                    .getBytes(Charset.forName("windows-1256"));
        }
        Charset cs = sniffer.sniff(page, "text/html");
        assertThat(cs.name()).isEqualTo("windows-1256");
        assertThat(sniffer.decode(page, cs)).contains("قاسم جومارت توكايف");
    }

    @Test
    void undeclaredUtf8StaysUtf8() {
        byte[] page = "<p>Путин провёл переговоры в Москве с председателем КНР</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(sniffer.sniff(page, null)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownLabelFallsBackToUtf8() {
        assertThat(sniffer.sniff("<meta charset=bogus-42>".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    private static byte[] arabicPage(boolean withMeta) throws Exception {
        try (InputStream in = CharsetSnifferTest.class.getResourceAsStream("/sample-site/arabic/tokayev-visit.html")) {
            String html = new String(in.readAllBytes(), Charset.forName("windows-1256"));
            return (withMeta ? html : html.replace(
                    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", ""))
                    .getBytes(Charset.forName("windows-1256"));
        }
    }

    @Test
    void aUtf8HeaderOnWindows1256BytesGivesWayToTheMetaOrTheDetector() throws Exception {
        assertThat(sniffer.sniff(arabicPage(true), "text/html; charset=utf-8").name()).isEqualTo("windows-1256");
        assertThat(sniffer.sniff(arabicPage(false), "text/html; charset=utf-8").name()).isEqualTo("windows-1256");
    }

    @Test
    void aLatin1ServerDefaultGivesWayToTheMetaOrAConfidentNonLatinDetection() throws Exception {
        assertThat(sniffer.sniff(arabicPage(true), "text/html; charset=ISO-8859-1").name()).isEqualTo("windows-1256");
        Charset cs = sniffer.sniff(arabicPage(false), "text/html; charset=ISO-8859-1");
        assertThat(sniffer.decode(arabicPage(false), cs)).contains("قاسم جومارت توكايف");
    }

    @Test
    void genuineLatin1TextUnderALatin1HeaderStaysLatin() {
        byte[] page = "<p>Les propriétaires du café à Zürich ont présenté leur résumé détaillé des négociations.</p>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Charset cs = sniffer.sniff(page, "text/html; charset=iso-8859-1");
        assertThat(sniffer.decode(page, cs)).contains("propriétaires du café à Zürich");
    }

    @Test
    void validUtf8WinsOverAWrongLegacyLabel() {
        byte[] page = "<meta charset=windows-1256><p>قاسم جومارت توكايف يعتزم زيارة موسكو</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(sniffer.sniff(page, "text/html; charset=windows-1256")).isEqualTo(StandardCharsets.UTF_8);
    }
}
