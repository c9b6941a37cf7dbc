package vn.reformdesk.io.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How one shape of spreadsheet reads as one of our import files: which heading names which of our columns, and
 * which word of the file stands for which of our codes. Headings and words are kept as {@link Headings#key}
 * gives them. The shape is the set of the file's headings: the next file with the same headings gets the same
 * mapping. Immutable; the import screen makes changed copies.
 *
 * @param name     the name it is saved under (may be null before saving)
 * @param kind     "dossiers" or "procedures"
 * @param headings the file's headings, in the file's order
 * @param columns  heading → our column (headings not listed are not imported)
 * @param words    our column → (word → code); a word may stand for "" (no value: an unresolved dossier)
 */
public record ColumnMapping(String name, String kind, List<String> headings, Map<String, String> columns,
                            Map<String, Map<String, String>> words) {
    public ColumnMapping {
        headings = List.copyOf(headings);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        Map<String, Map<String, String>> w = new TreeMap<>();
        words.forEach((k, v) -> w.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        words = Collections.unmodifiableMap(w);
    }

    /**
     * The suggested mapping for a heading row: each heading our vocabulary knows goes to its column (a column taken
     * by an earlier heading is not given twice).
     */
    public static ColumnMapping suggest(String kind, List<String> headingCells) {
        List<String> keys = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        for (String cell : headingCells) {
            String key = Headings.key(cell);
            keys.add(key);
            String col = Vocabulary.column(kind, cell);
            if (col != null && !columns.containsValue(col) && !columns.containsKey(key)) columns.put(key, col);
        }
        return new ColumnMapping(null, kind, keys, columns, Map.of());
    }

    /** The shape: the file's non-blank headings as a set. */
    public Set<String> shape() { return shapeOf(headings); }

    public static Set<String> shapeOf(List<String> headingKeys) {
        Set<String> s = new TreeSet<>();
        for (String h : headingKeys) if (!h.isEmpty()) s.add(h);
        return s;
    }

    /** Our column for a heading of the file, or null when it is not imported. */
    public String column(String heading) { return columns.get(Headings.key(heading)); }

    /** The required columns no heading is mapped to. */
    public List<String> missingRequired() {
        List<String> out = new ArrayList<>();
        for (String c : Vocabulary.required(kind)) if (!columns.containsValue(c)) out.add(c);
        return out;
    }

    public ColumnMapping named(String newName) { return new ColumnMapping(newName, kind, headings, columns, words); }

    /** The same with {@code heading} mapped to {@code column} (null: not imported); another heading on it is freed. */
    public ColumnMapping withColumn(String heading, String column) {
        String key = Headings.key(heading);
        Map<String, String> c = new LinkedHashMap<>(columns);
        if (column == null) c.remove(key);
        else {
            c.values().removeIf(column::equals);
            c.put(key, column);
        }
        return new ColumnMapping(name, kind, headings, c, words);
    }

    /** The same with {@code word} of {@code column} standing for {@code code}. */
    public ColumnMapping withWord(String column, String word, String code) {
        Map<String, Map<String, String>> w = new LinkedHashMap<>(words);
        Map<String, String> m = new TreeMap<>(w.getOrDefault(column, Map.of()));
        m.put(Headings.key(word), code);
        w.put(column, m);
        return new ColumnMapping(name, kind, headings, columns, w);
    }

    /** The code {@code word} stands for in {@code column}: the officer's choice, else the vocabulary's; null if none. */
    public String code(String column, String word) {
        String chosen = words.getOrDefault(column, Map.of()).get(Headings.key(word));
        return chosen != null ? chosen : Vocabulary.code(column, word);
    }

    /** Saved as a properties file: kind, heading.N, column.HEADING, word.COLUMN.WORD. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("kind", kind);
        for (int i = 0; i < headings.size(); i++) p.setProperty("heading." + (i + 1), headings.get(i));
        columns.forEach((h, c) -> p.setProperty("column." + h, c));
        words.forEach((c, m) -> m.forEach((w, code) -> p.setProperty("word." + c + "." + w, code)));
        return p;
    }

    public static ColumnMapping fromProperties(String name, Properties p) {
        String kind = p.getProperty("kind");
        if (kind == null || Vocabulary.columns(kind).isEmpty()) {
            throw new IllegalArgumentException("not a column mapping (kind is missing or unknown)");
        }
        List<String> headings = new ArrayList<>();
        for (int i = 1; p.getProperty("heading." + i) != null; i++) headings.add(p.getProperty("heading." + i));
        Map<String, String> columns = new LinkedHashMap<>();
        for (String h : headings) {
            String c = p.getProperty("column." + h);
            if (c == null) continue;
            if (!Vocabulary.columns(kind).contains(c)) throw new IllegalArgumentException("unknown column " + c);
            columns.put(h, c);
        }
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith("word.")) continue;
            String rest = key.substring(5);
            int dot = rest.indexOf('.');
            if (dot <= 0) continue;
            words.computeIfAbsent(rest.substring(0, dot), k -> new TreeMap<>()).put(rest.substring(dot + 1), p.getProperty(key));
        }
        return new ColumnMapping(name, kind, headings, columns, words);
    }
}
