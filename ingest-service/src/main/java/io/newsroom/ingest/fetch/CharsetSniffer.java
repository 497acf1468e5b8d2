package io.newsroom.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Finds a page's charset the way browsers do: a byte-order mark first, then the Content-Type header, then a
 * {@code <meta charset>} or {@code <meta http-equiv>} in the first bytes; a page that declares nothing is taken as
 * UTF-8 when it decodes as such, else as what ICU's statistical detector recognises with confidence. Pure and
 * thread-safe.
 */
public final class CharsetSniffer {

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;
    private static final int DETECT_BYTES = 64 * 1024;
    private static final int MIN_CONFIDENCE = 30;

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
        Charset fromHeader = contentTypeHeader == null ? null : find(HEADER_CHARSET, contentTypeHeader);
        if (fromHeader != null) {
            return fromHeader;
        }
        String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Charset fromMeta = find(META_CHARSET, head);
        return fromMeta != null ? fromMeta : detect(body);
    }

    private static Charset detect(byte[] body) {
        if (validUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(body.length > DETECT_BYTES ? Arrays.copyOf(body, DETECT_BYTES) : body);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= MIN_CONFIDENCE) {
            try {
                return Charset.forName(match.getName());
            } catch (IllegalArgumentException unsupported) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean validUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
