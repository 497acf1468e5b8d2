package io.newsroom.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Finds a page's charset: a byte-order mark first, then the declarations (the Content-Type header, then a
 * {@code <meta charset>} or {@code <meta http-equiv>} in the first bytes) as browsers read them, except where the
 * bytes prove a declaration wrong, which news sites get wrong often enough to matter:
 * <ul>
 * <li>bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever the label says (legacy text almost
 * never forms valid UTF-8 by chance);</li>
 * <li>a UTF-8 label on bytes that are not UTF-8 is passed over;</li>
 * <li>a Latin-1 or windows-1252 header, the usual server default, gives way to the page's own meta, or to ICU's
 * statistical detector when it recognises a non-Latin single- or multi-byte charset with confidence.</li>
 * </ul>
 * A page that declares nothing usable is UTF-8 when it decodes as such, else what the detector recognises with
 * confidence. Pure and thread-safe.
 */
public final class CharsetSniffer {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;
    private static final int DETECT_BYTES = 64 * 1024;
    private static final int MIN_CONFIDENCE = 30;
    /** Confidence the detector needs to overrule a Latin-1 header: its guesses for Latin text are often weak. */
    private static final int OVERRULE_CONFIDENCE = 50;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Set<String> LATIN = Set.of("ISO-8859-1", "windows-1252", "ISO-8859-2", "windows-1250",
            "ISO-8859-9", "windows-1254", "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE");

    private enum Utf8 { ASCII, VALID, INVALID }

    public Charset sniff(byte[] body, String contentTypeHeader) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        Utf8 utf8 = utf8(body);
        if (utf8 == Utf8.VALID) {
            return StandardCharsets.UTF_8;
        }
        Charset fromHeader = contentTypeHeader == null ? null : find(HEADER_CHARSET, contentTypeHeader);
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = find(META_CHARSET, head);
        if (utf8 == Utf8.ASCII) {
            // every ASCII-compatible charset reads these bytes alike
            return fromHeader != null ? fromHeader : fromMeta != null ? fromMeta : StandardCharsets.UTF_8;
        }
        if (fromHeader != null && !fromHeader.equals(StandardCharsets.UTF_8)) {
            if (!fromHeader.equals(WINDOWS_1252)) {
                return fromHeader;
            }
            if (fromMeta != null && !fromMeta.equals(StandardCharsets.UTF_8)) {
                return fromMeta;
            }
            Charset detected = detected(body, OVERRULE_CONFIDENCE);
            return detected != null && !LATIN.contains(detected.name()) ? detected : fromHeader;
        }
        if (fromMeta != null && !fromMeta.equals(StandardCharsets.UTF_8)) {
            return fromMeta;
        }
        Charset detected = detected(body, MIN_CONFIDENCE);
        return detected != null ? detected : fromHeader != null || fromMeta != null ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /** What ICU's detector recognises with at least that confidence, among the charsets Java has; else null. */
    private static Charset detected(byte[] body, int confidence) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(body.length > DETECT_BYTES ? Arrays.copyOf(body, DETECT_BYTES) : body);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= confidence) {
            try {
                return Charset.forName(match.getName());
            } catch (IllegalArgumentException unsupported) {
                return null;
            }
        }
        return null;
    }

    private static Utf8 utf8(byte[] body) {
        boolean ascii = true;
        for (byte b : body) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return Utf8.ASCII;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return Utf8.VALID;
        } catch (CharacterCodingException e) {
            return Utf8.INVALID;
        }
    }

    /** Decodes, dropping a byte-order mark; malformed bytes become U+FFFD instead of failing. */
    public String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static Charset find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        // browsers read these labels as their supersets (WHATWG Encoding Standard)
        name = switch (name) {
            case "iso-8859-1", "latin1", "us-ascii", "ascii" -> "windows-1252";
            case "gb2312" -> "gbk";
            default -> name;
        };
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
