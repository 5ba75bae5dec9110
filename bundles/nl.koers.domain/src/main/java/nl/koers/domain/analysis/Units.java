package nl.koers.domain.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit as matching compares it: trimmed, in lower case, "per" read as "/", and the common ways of writing the
 * same word in Dutch and English read as one ("€", "eur" and "euros" are "euro"; "hours" and "uren" are "uur"),
 * so "16 uren per maand" and "8 uur/maand" can be compared. An empty unit stays empty: no unit.
 */
final class Units {
    private static final Pattern WORD = Pattern.compile("\\p{L}+|[€$]");
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("€", "euro"), Map.entry("eur", "euro"), Map.entry("euros", "euro"), Map.entry("euro's", "euro"),
            Map.entry("uren", "uur"), Map.entry("u", "uur"), Map.entry("hour", "uur"), Map.entry("hours", "uur"),
            Map.entry("maanden", "maand"), Map.entry("mnd", "maand"), Map.entry("month", "maand"),
            Map.entry("months", "maand"), Map.entry("weken", "week"), Map.entry("wk", "week"),
            Map.entry("weeks", "week"), Map.entry("jaren", "jaar"), Map.entry("jr", "jaar"),
            Map.entry("year", "jaar"), Map.entry("years", "jaar"), Map.entry("dagen", "dag"), Map.entry("day", "dag"),
            Map.entry("days", "dag"), Map.entry("personen", "persoon"), Map.entry("person", "persoon"),
            Map.entry("people", "persoon"), Map.entry("persons", "persoon"));

    /**
     * Units read before. A dossier spells its units a handful of ways and every analysis reads them for every item,
     * so the regular expressions run once per spelling; emptied when it holds more than a dossier ever spells.
     */
    private static final Map<String, String> READ = new ConcurrentHashMap<>();
    private static final int MAX_READ = 4096;

    private Units() {
    }

    static String key(String unit) {
        String known = READ.get(unit);
        if (known != null) {
            return known;
        }
        if (READ.size() >= MAX_READ) {
            READ.clear();
        }
        String key = read(unit);
        READ.put(unit, key);
        return key;
    }

    private static String read(String unit) {
        String s = unit.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+per\\s+", "/").replaceAll("\\s*/\\s*", "/")
                .replaceAll("\\s+", " ");
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(SAME.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
