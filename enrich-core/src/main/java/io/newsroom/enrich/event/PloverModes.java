package io.newsroom.enrich.event;

import java.util.HashMap;
import java.util.Map;

import io.newsroom.enrich.vocab.Vocabulary;

/**
 * The PLOVER type and mode of a CAMEO code, from PLOVER's CAMEO-to-PLOVER table ({@code /vocab/event/mul/cameo-plover.txt},
 * CC BY-SA 4.0): 041 is a CONSULT by phone, 042 and 043 a visit, 161 a SANCTION that withdraws, 166 one that expels.
 * A mode belongs to its type: a code the table gives another type than the event's (163, sanctions, is COERCE
 * there) gives the event no mode. Immutable and thread-safe.
 */
final class PloverModes {

    private record Row(String type, String mode) {
    }

    private static final Map<String, Row> BY_CODE = load();

    private PloverModes() {
    }

    /** The PLOVER type the table gives {@code cameo}, null for a code it does not list. */
    static String type(String cameo) {
        Row r = cameo == null ? null : BY_CODE.get(cameo);
        return r == null ? null : r.type();
    }

    /** The mode of {@code cameo} when the table codes it as {@code plover} with a mode; null otherwise. */
    static String mode(String cameo, String plover) {
        if (cameo == null || plover == null) {
            return null;
        }
        Row r = BY_CODE.get(cameo);
        return r != null && r.type().equals(plover) && !r.mode().isEmpty() ? r.mode() : null;
    }

    private static Map<String, Row> load() {
        Map<String, Row> rows = new HashMap<>();
        for (String line : Vocabulary.lines("event/mul/cameo-plover.txt")) {
            int colon = line.indexOf(':');
            if (colon < 2 || !Character.isDigit(line.charAt(0))) {
                continue;
            }
            String[] cells = line.substring(colon + 1).split("#", 2)[0].split(",");
            if (cells.length >= 2) {
                rows.putIfAbsent(line.substring(0, colon).strip(), new Row(cells[0].strip(), cells[1].strip()));
            }
        }
        return Map.copyOf(rows);
    }
}
