package io.newsroom.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the article's paragraphs out of the chosen containers, in document order, one block per line. Inside
 * them it still leaves out chrome: navigation, asides, footers, captions, blocks named like share bars, teaser
 * lists and author boxes, and lines that are mostly links. Pure; reads the tree without changing it.
 */
final class TextCollector {

    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
            "header", "address", "figure", "center", "caption", "details", "summary");
    private static final Set<String> SKIPPED = Set.of("nav", "aside", "footer", "figcaption", "noscript");
    /** Chrome unless it holds most of the text: ASP.NET pages wrap everything in one form, CMSs in "widgets". */
    private static final Set<String> SKIPPED_UNLESS_WRAPPER = Set.of("form");
    /**
     * Comment threads (and "comm", their common short name) can outgrow the article they follow, but never wrap it.
     */
    private static final Set<String> NEVER_WRAPPERS = Set.of("comments", "komentarze", "kommentare", "commentaires",
            "comentarios", "commenti", "commentlist", "commentsection", "disqus", "comm", "replies");
    private static final Set<String> CHROME = Set.of("share", "sharing", "sharebar", "social", "related", "recommend",
            "recommended", "comment", "comments", "opinie", "discussion", "komentarze", "komentarz", "kommentar",
            "kommentare", "commentaires",
            "comentarios", "commenti", "newsletter", "subscribe", "subscription", "promo", "advert",
            "advertisement", "ad", "ads", "banner", "sidebar", "breadcrumb", "breadcrumbs", "tags", "posttags",
            "authorbox", "authorbio", "authorinfo", "mostread", "readnext", "alsoread", "readalso", "ticker", "breaking",
            "cookie", "cookies", "popup", "modal", "footer", "caption", "byline",
            "dateline", "meta", "postmeta", "entrymeta", "articlemeta", "toolbar", "tools", "print", "rating",
            "pagination", "pager", "outbrain", "taboola", "sponsored", "copyright", "disclaimer", "date", "keywords",
            "source", "timestamp", "published", "readtime", "readingtime");
    private static final double MAX_LINK_DENSITY = 0.5;
    /**
     * Chrome only when link-heavy: page builders put every block in a "widget" (Elementor's text-editor widget holds
     * the article's paragraphs) while a sidebar's widgets are lists of links; navigation is links, so a
     * "content-nav-section" holding paragraphs is the article cut into the sections a table of contents points at.
     */
    private static final double CHROME_LINK_DENSITY = 0.3;
    private static final Set<String> CHROME_IF_LINKS = Set.of("widget", "nav", "navbar", "navigation", "menu");
    private static final int MAX_COUNTER_CHARS = 12;
    private static final int MAX_LABEL_CHARS = 40;
    private static final Set<String> LABELS = Set.of("advertisement", "advertisements", "ad", "sponsored",
            "reklama", "реклама", "διαφήμιση", "werbung", "anzeige", "publicité", "publicidad", "publicidade", "إعلان",
            "广告", "廣告", "share", "share this", "share this article", "share on facebook", "share on twitter",
            "поделиться", "udostępnij", "teilen", "partager", "compartir", "مشاركة", "分享", "read more", "continue reading",
            "читать далее", "czytaj więcej", "weiterlesen", "lire la suite", "leer más", "related", "related articles",
            "related posts", "related stories", "see also", "статьи по теме", "читайте также", "по теме",
            "zobacz także", "czytaj też", "σχετικά άρθρα", "σχετικοί σύνδεσμοι", "相关新闻", "相关阅读", "相关推荐",
            "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضاً", "إقرأ أيضا", "tags", "теги", "tagi", "ετικέτες", "标签", "comments",
            "комментарии", "komentarze", "σχόλια", "评论", "تعليقات", "print", "email", "e-mail", "photo", "фото",
            "φωτογραφίες", "video", "видео");
    /**
     * Lines every page of a site repeats around its articles, in any language: placeholder text, "select an error
     * and press Ctrl+Enter", disclaimers, copyright lines, the breadcrumb trail, the comment form's prompts and the
     * font-size tool, and contact addresses (short, and not a sentence: an article may well give an address).
     */
    private static final int MAX_NOTICE_CHARS = 300;
    /** Opening a line: "© Agency", "Copyright 2012 The Associated Press", not "Copyrighted material is ...". */
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|copyright\\s*(?:©|\\(c\\)|\\d{4}))");
    private static final List<String> RIGHTS_RESERVED = List.of("all rights reserved", "все права защищены",
            "wszelkie prawa zastrzeżone", "με επιφύλαξη παντός δικαιώματος", "版权所有", "جميع الحقوق محفوظة");
    private static final List<String> BREADCRUMBS = List.of("you are here", "вы здесь", "jesteś tutaj",
            "βρίσκεστε εδώ", "أنت هنا", "您的位置", "当前位置");
    /**
     * Calls to action: "Sign up to get it in your inbox", "Zapisz się do newslettera!", "Follow us on Telegram".
     * The sign-up verb must open a sentence (or follow "just", "please", "now"): "free for up to 100 subscribers"
     * or "if you happened to sign up" is text.
     */
    private static final int MAX_SIGN_UP_CHARS = 160;
    private static final Pattern SIGN_UP = Pattern.compile("(?:^|[.!?]\\s+|\\b(?:just|please|now)\\s+)"
            + "(?:subscribe|sign up|zapisz się|подпишитесь|εγγραφείτε)\\b");
    private static final List<String> MAILING = List.of("newsletter", "inbox", "email", "e-mail", "skrzynk",
            "рассылк");
    private static final int MAX_FOLLOW_CHARS = 100;
    private static final Pattern FOLLOW_US = Pattern.compile("\\b(?:follow|join|like) us\\b|jesteśmy (?:też )?na "
            + "(?:facebooku|twitterze)|мы в (?:соцсетях|контакте|telegram)|подписывайтесь на нас");
    /** A photo credit standing as its own line, from its start: "Photo: AP", "(fot. PAP)", "ФОТО: Reuters". */
    private static final int MAX_CREDIT_CHARS = 80;
    private static final Pattern CREDIT = Pattern.compile(
            "[(\\[]?\\s*(?:photo|photos|image|credit|foto|fot|фото|φωτο|φωτογραφία|zdjęcie|صورة)\\.?\\s*[:.]");
    private static final List<String> PROMPTS = List.of("must be logged in", "no comments", "post a comment",
            "leave a comment", "add a comment", "write a comment", "комментировать могут", "оставить комментарий",
            "добавить комментарий", "написать комментарий", "δεν δημοσιεύονται σχόλια", "dodaj komentarz", "发表评论",
            "我有话说", "字号", "font size", "text size", "размер шрифта", "μέγεθος γραμμάτων", "μέγεθος κειμένου",
            "rozmiar czcionki", "حجم الخط");
    private static final int MAX_PROMPT_CHARS = 80;
    private static final Pattern CTRL_KEYS = Pattern.compile("ctrl\\s*[+-]\\s*(?:enter|insert)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final int MAX_CONTACT_CHARS = 120;
    private static final Pattern LABEL_END = Pattern.compile("[\\s:.!…>»]+$");
    private static final int MAX_DATELINE_CHARS = 100;
    private static final int MAX_DATELINE_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_TAIL = 60;
    private static final int MIN_TAIL_CJK = 25;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"'”»)]*$");

    private static final int NEVER_WRAPPER = 1;
    private static final int CHROME_WORD = 2;
    private static final int CHROME_IF_LINKS_WORD = 4;
    /** The three vocabularies above in one map, so that each class word is looked up once. */
    private static final Map<String, Integer> KINDS = new HashMap<>();

    static {
        NEVER_WRAPPERS.forEach(w -> KINDS.merge(w, NEVER_WRAPPER, (a, b) -> a | b));
        CHROME.forEach(w -> KINDS.merge(w, CHROME_WORD, (a, b) -> a | b));
        CHROME_IF_LINKS.forEach(w -> KINDS.merge(w, CHROME_IF_LINKS_WORD, (a, b) -> a | b));
    }

    private static int kinds(List<String> words) {
        int kinds = 0;
        for (String w : words) {
            Integer k = KINDS.get(w);
            kinds |= k == null ? 0 : k;
        }
        return kinds;
    }

    String collect(List<Element> roots, String title, TextStats stats, ClassNames names) {
        // as the page shows them, repeats included: a lead the body repeats, "Specs" under each product reviewed
        List<String> lines = new ArrayList<>();
        for (Element root : roots) {
            collect(root, lines, stats, names);
        }
        String normalizedTitle = Headings.normalize(title);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            // lines are collapsed already, and lower-casing never shortens: a longer line cannot be the title
            boolean mayBeTitle = line.length() <= normalizedTitle.length() && 3 * line.length() >= normalizedTitle.length();
            if (!mayBeTitle || !Headings.normalize(line).equals(normalizedTitle)) {
                out.add(line);
            }
        }
        return String.join("\n", withoutTail(out));
    }

    private void collect(Element root, List<String> lines, TextStats stats, ClassNames names) {
        // an element named like chrome that holds most of the text is a wrapper (a CMS "widget"), not chrome
        int wrapperChars = stats.of(root).text / 2;
        StringBuilder line = new StringBuilder();
        int[] linkChars = {0};
        NodeTraversor.filter(new NodeFilter() {
            /** Links open around the current node (below the root): counted, not looked up from every text node. */
            private int links;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    // raw: the line's white space is collapsed once, when it is written
                    String s = t.getWholeText();
                    line.append(s);
                    if (links > 0) {
                        linkChars[0] += Whitespace.collapse(s).length();
                    }
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e && e != root) {
                    int kinds = kinds(names.of(e));
                    if (SKIPPED.contains(e.normalName()) || (kinds & NEVER_WRAPPER) != 0
                            || (SKIPPED_UNLESS_WRAPPER.contains(e.normalName()) || (kinds & CHROME_WORD) != 0
                                    || (kinds & CHROME_IF_LINKS_WORD) != 0
                                            && stats.of(e).linkDensity() >= CHROME_LINK_DENSITY)
                            && stats.of(e).text < wrapperChars) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BREAKS.contains(e.normalName())) {
                        flush(line, linkChars, lines);
                    }
                    // the tail below is reached only for elements whose head let the walk in
                    links += e.nameIs("a") ? 1 : 0;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.nameIs("a")) {
                    links--;
                }
                if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, linkChars, lines);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(line, linkChars, lines);
    }

    /**
     * Drops the short lines after the last real paragraph: the labels of share bars, photo credits and "related"
     * boxes that sit at the end of an article's container.
     */
    private static List<String> withoutTail(List<String> lines) {
        int last = lines.size() - 1;
        while (last > 0 && !paragraph(lines.get(last))) {
            last--;
        }
        return lines.subList(0, last + 1);
    }

    private static boolean paragraph(String line) {
        int len = line.codePointCount(0, line.length());
        boolean cjk = !line.isEmpty() && Character.UnicodeScript.of(line.codePointAt(0)) == Character.UnicodeScript.HAN;
        return len >= (cjk ? MIN_TAIL_CJK : MIN_TAIL) || SENTENCE_END.matcher(line).find();
    }

    /**
     * A short line that is mostly a date ("Published: Thursday, January 12 2012, 9:00 AM", "2012年01月12日01:10
     * 来源：天极网"): the date is metadata. A sentence that gives a date, or a line with more to say, is text.
     */
    private static boolean dateline(String line) {
        // most short lines have no year and are out at this cheap test
        if (line.length() > MAX_DATELINE_CHARS || !DateParser.hasYear(line) || SENTENCE_END.matcher(line).find()) {
            return false;
        }
        Matcher words = WORD.matcher(line);
        int count = 0;
        while (words.find()) {
            if (++count > MAX_DATELINE_WORDS) {
                return false;
            }
        }
        return DateParser.parse(line, true) != null;
    }

    /** Cheap tests first: this runs on every short line of every page. */
    private static boolean notice(String lower) {
        return lower.startsWith("lorem ipsum") || lower.startsWith("disclaimer") || lower.startsWith("免责声明")
                || lower.startsWith("【免责声明") || lower.startsWith("[disclaimer")
                || lower.contains("ctrl") && CTRL_KEYS.matcher(lower).find()
                || COPYRIGHT.matcher(lower).lookingAt() || RIGHTS_RESERVED.stream().anyMatch(lower::contains)
                || BREADCRUMBS.stream().anyMatch(lower::startsWith)
                || lower.length() <= MAX_CREDIT_CHARS && CREDIT.matcher(lower).lookingAt()
                || lower.length() <= MAX_SIGN_UP_CHARS && MAILING.stream().anyMatch(lower::contains)
                        && SIGN_UP.matcher(lower).find()
                || lower.length() <= MAX_FOLLOW_CHARS && FOLLOW_US.matcher(lower).find();
    }

    private static void flush(StringBuilder line, int[] linkChars, List<String> lines) {
        if (line.isEmpty()) {
            // most breaks follow another break: nothing to write
            return;
        }
        String text = Whitespace.collapse(line);
        if (!text.isEmpty() && (double) linkChars[0] / text.length() <= MAX_LINK_DENSITY && !label(text)) {
            lines.add(text);
        }
        line.setLength(0);
        linkChars[0] = 0;
    }

    /**
     * A line that only labels chrome: a bare counter or price ("12", "$3,400"), a notice the site repeats on every
     * page, or an advertisement, share or "related" label in one of the languages newsroom reads.
     */
    private static boolean label(String line) {
        if (line.length() > MAX_NOTICE_CHARS) {
            return false;
        }
        if (line.length() <= MAX_COUNTER_CHARS && line.codePoints().noneMatch(Character::isLetter)) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (notice(lower) || dateline(line)) {
            return true;
        }
        if (line.length() <= MAX_PROMPT_CHARS && PROMPTS.stream().anyMatch(lower::contains)
                || line.length() <= MAX_CONTACT_CHARS && line.indexOf('@') >= 0 && EMAIL.matcher(line).find()
                        && !line.endsWith(".")) {
            return true;
        }
        return line.length() <= MAX_LABEL_CHARS && LABELS.contains(LABEL_END.matcher(lower).replaceFirst(""));
    }
}
