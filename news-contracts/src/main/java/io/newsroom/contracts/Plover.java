package io.newsroom.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The PLOVER event ontology's types and the quad category each belongs to, as the PLOVER manual (openeventdata/PLOVER,
 * {@code PLOVER_MANUAL.tex}, CC BY-SA 4.0) sorts them: the four classes analysts filter by, verbal and material
 * cooperation and conflict. An event's {@link Event#plover()} is one of {@link #TYPES}.
 */
public final class Plover {

    public static final String VERBAL_COOPERATION = "verbal-cooperation";
    public static final String MATERIAL_COOPERATION = "material-cooperation";
    public static final String VERBAL_CONFLICT = "verbal-conflict";
    public static final String MATERIAL_CONFLICT = "material-conflict";
    /** Both cooperation classes. */
    public static final String COOPERATION = "cooperation";
    /** Both conflict classes. */
    public static final String CONFLICT = "conflict";

    private static final Map<String, String> QUAD = quads();

    /** Every PLOVER type, in the manual's order. */
    public static final List<String> TYPES = List.copyOf(QUAD.keySet());
    /** Every class a filter may name: the four quads, then cooperation and conflict. */
    public static final List<String> CLASSES = List.of(VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT,
            MATERIAL_CONFLICT, COOPERATION, CONFLICT);

    private Plover() {
    }

    /** The quad category of a PLOVER type, null for an unknown type. */
    public static String quad(String type) {
        return type == null ? null : QUAD.get(type);
    }

    /** The PLOVER types of a class of {@link #CLASSES}; empty for an unknown class. */
    public static Set<String> typesOf(String cls) {
        return QUAD.entrySet().stream().filter(e -> e.getValue().equals(cls) || e.getValue().endsWith("-" + cls))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, String> quads() {
        Map<String, String> q = new LinkedHashMap<>();
        for (String t : List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE")) {
            q.put(t, VERBAL_COOPERATION);
        }
        for (String t : List.of("COOPERATE", "AID", "RETREAT")) {
            q.put(t, MATERIAL_COOPERATION);
        }
        for (String t : List.of("REQUEST", "ACCUSE", "REJECT", "THREATEN")) {
            q.put(t, VERBAL_CONFLICT);
        }
        for (String t : List.of("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")) {
            q.put(t, MATERIAL_CONFLICT);
        }
        return q;
    }
}
