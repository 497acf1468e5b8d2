package io.newsroom.bench;

import java.util.List;

/** A benchmark's {@code --name value} options. */
final class Options {

    private Options() {
    }

    static int number(List<String> args, String name, int absent) {
        String v = text(args, name, null);
        return v == null ? absent : Integer.parseInt(v);
    }

    static String text(List<String> args, String name, String absent) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : absent;
    }
}
