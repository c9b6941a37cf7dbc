package vn.reformdesk.ui.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.io.mapping.ColumnMapping;
import vn.reformdesk.io.mapping.Headings;
import vn.reformdesk.io.mapping.MappedTable;
import vn.reformdesk.io.mapping.MappedTable.RawRow;
import vn.reformdesk.io.mapping.MappingStore;
import vn.reformdesk.io.mapping.Vocabulary;
import vn.reformdesk.io.table.TableRow;
import vn.reformdesk.ui.common.I18n;

/**
 * The import screen's reading of a spreadsheet the officer has (dossiers, procedures): which line holds the
 * headings, which heading is which of our columns, which word of the file is which of our values, and the first
 * rows as they will be imported. Suggested from the headings (or the mapping remembered for files of the same
 * shape), corrected by the officer, saved by name after an import. No controls here.
 */
public final class MappingModel {
    /** Rows read for the heading search, the value words and the preview. */
    static final int ROWS_READ = 200;
    private static final int WORDS_PER_COLUMN = 30;

    /** One heading of the file and the column it is read as (null: not imported). */
    public static final class ColumnRow {
        final String heading;
        final String sample;
        final ObjectProperty<String> column = new SimpleObjectProperty<>();

        ColumnRow(String heading, String sample, String column) {
            this.heading = heading;
            this.sample = sample;
            this.column.set(column);
        }

        public String heading() { return heading; }

        public String sample() { return sample; }

        public ObjectProperty<String> columnProperty() { return column; }
    }

    /** One word found in a coded column and the value it is read as (null: unknown, the import will say so). */
    public static final class WordRow {
        final String column;
        final String word;
        final ObjectProperty<String> code = new SimpleObjectProperty<>();

        WordRow(String column, String word, String code) {
            this.column = column;
            this.word = word;
            this.code.set(code);
        }

        public String column() { return column; }

        public String word() { return word; }

        public ObjectProperty<String> codeProperty() { return code; }
    }

    final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    /** The 1-based line of the heading row in the file (0: none found). */
    final IntegerProperty headingLine = new SimpleIntegerProperty();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    final ObservableList<WordRow> words = FXCollections.observableArrayList();
    final ObservableList<String> previewHeader = FXCollections.observableArrayList();
    final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private List<RawRow> rows = List.of();
    private String kind;
    private MappingStore store;
    private boolean rebuilding;

    public ObjectProperty<ColumnMapping> mappingProperty() { return mapping; }

    public IntegerProperty headingLineProperty() { return headingLine; }

    public StringProperty nameProperty() { return name; }

    public ObservableList<ColumnRow> columns() { return columns; }

    public ObservableList<WordRow> words() { return words; }

    public MappingModel() {
        headingLine.addListener((o, a, b) -> {
            if (!rebuilding && kind != null) useHeadingLine(b.intValue(), null);
        });
    }

    /** Whether files of this kind go through a mapping. */
    static boolean applies(String kind) { return !Vocabulary.columns(kind).isEmpty(); }

    /** Reads the file's first rows and suggests (or recalls) how to read it. */
    void load(String kind, Path file, MappingStore store) throws IOException {
        this.kind = kind;
        this.store = store;
        rows = MappedTable.firstRows(file, ROWS_READ);
        ColumnMapping remembered = null;
        int line = 0;
        List<ColumnMapping> saved = store == null ? List.of() : store.all();
        for (int i = 0; i < Math.min(rows.size(), MappedTable.HEADING_SEARCH_ROWS) && remembered == null; i++) {
            Set<String> shape = ColumnMapping.shapeOf(rows.get(i).cells().stream().map(Headings::key).toList());
            remembered = saved.stream().filter(m -> m.kind().equals(kind) && m.shape().equals(shape)).findFirst().orElse(null);
            if (remembered != null) line = (int) rows.get(i).line();
        }
        if (remembered == null) {
            int h = MappedTable.likelyHeadingRow(kind, rows.subList(0, Math.min(rows.size(), MappedTable.HEADING_SEARCH_ROWS)));
            line = h < 0 ? (rows.isEmpty() ? 0 : (int) rows.get(0).line()) : (int) rows.get(h).line();
        }
        String fileName = file.getFileName().toString();
        name.set(remembered != null ? remembered.name() : fileName.replaceFirst("\\.[^.]+$", ""));
        useHeadingLine(line, remembered);
    }

    /** Reads the headings on {@code line}, with {@code remembered} or else the suggestion for them. */
    private void useHeadingLine(int line, ColumnMapping remembered) {
        rebuilding = true;
        try {
            headingLine.set(line);
            RawRow heading = rowAt(line);
            List<String> cells = heading == null ? List.of() : heading.cells();
            mapping.set(remembered != null ? remembered : ColumnMapping.suggest(kind, cells));
            columns.clear();
            RawRow first = firstDataRow(line);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) == null || cells.get(i).isBlank()) continue;
                String sample = first != null && i < first.cells().size() ? first.cells().get(i) : "";
                ColumnRow c = new ColumnRow(cells.get(i), sample, mapping.get().column(cells.get(i)));
                c.column.addListener((o, a, b) -> {
                    if (rebuilding) return;
                    mapping.set(mapping.get().withColumn(c.heading, b));
                    refresh();
                });
                columns.add(c);
            }
        } finally {
            rebuilding = false;
        }
        refresh();
    }

    /** Brings the column choices, the words and the preview in line with the mapping. */
    private void refresh() {
        rebuilding = true;
        try {
            ColumnMapping m = mapping.get();
            for (ColumnRow c : columns) c.column.set(m.column(c.heading));
            RawRow heading = rowAt(headingLine.get());
            words.clear();
            previewHeader.clear();
            previewRows.clear();
            if (heading == null) {
                message.set(I18n.t("imports.map.noHeading"));
                return;
            }
            MappedTable table = MappedTable.of(m, heading.cells());
            for (String c : table.header()) previewHeader.add(columnLabel(c));
            Map<String, Set<String>> found = new java.util.LinkedHashMap<>();
            for (RawRow r : rows) {
                if (r.line() <= heading.line() || MappedTable.columnNumbers(r.cells())) continue;
                for (int i = 0; i < heading.cells().size() && i < r.cells().size(); i++) {
                    String col = m.column(heading.cells().get(i));
                    String v = r.cells().get(i);
                    if (col == null || !Vocabulary.coded(col) || v == null || v.isBlank()) continue;
                    Set<String> set = found.computeIfAbsent(col, k -> new LinkedHashSet<>());
                    if (set.size() < WORDS_PER_COLUMN) set.add(v.trim());
                }
                TableRow mapped = previewRows.size() < ImportViewModel.PREVIEW_ROWS ? table.row(r.line(), r.cells()) : null;
                if (mapped != null) {
                    List<String> cells = new ArrayList<>();
                    for (String c : table.header()) cells.add(shown(c, mapped.raw(c)));
                    previewRows.add(cells);
                }
            }
            found.forEach((col, set) -> {
                for (String w : set) {
                    WordRow row = new WordRow(col, w, m.code(col, w));
                    row.code.addListener((o, a, b) -> {
                        if (rebuilding) return;
                        mapping.set(mapping.get().withWord(row.column, row.word, b));
                        refresh();
                    });
                    words.add(row);
                }
            });
            List<String> missing = m.missingRequired().stream().map(MappingModel::columnLabel).toList();
            message.set(missing.isEmpty() ? I18n.t("imports.map.ready", heading.line(), m.columns().size())
                    : I18n.t("imports.map.missing", heading.line(), String.join(", ", missing)));
        } finally {
            rebuilding = false;
        }
    }

    /** Saves the mapping under the chosen name, unless it only reads our own header (nothing to remember). */
    void saveIfUseful() throws IOException {
        ColumnMapping m = mapping.get();
        if (store == null || m == null || name.get() == null || name.get().isBlank()) return;
        boolean ours = m.words().isEmpty() && headingLine.get() == 1
                && m.columns().entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()));
        if (!ours) store.save(m.named(name.get().trim()));
    }

    /** Every line that can hold the headings (the first rows read), for the officer to pick another. */
    List<Integer> headingLines() {
        return rows.stream().limit(MappedTable.HEADING_SEARCH_ROWS).map(r -> (int) r.line()).toList();
    }

    private RawRow rowAt(int line) {
        for (RawRow r : rows) if (r.line() == line) return r;
        return null;
    }

    private RawRow firstDataRow(int headingLine) {
        for (RawRow r : rows) {
            if (r.line() > headingLine && r.cells().stream().anyMatch(c -> c != null && !c.isBlank())
                    && !MappedTable.columnNumbers(r.cells())) return r;
        }
        return null;
    }

    /** A cell of the preview as the officer reads it: a code as its word in the UI language. */
    private static String shown(String column, String value) {
        if (value == null || value.isBlank()) return "";
        return Vocabulary.coded(column) && Vocabulary.codes(column).contains(value) ? codeLabel(column, value) : value;
    }

    /** Our column in the UI language ("Ngày tiếp nhận"). */
    static String columnLabel(String column) { return I18n.t("imports.col." + column); }

    /** A code of a column in the UI language ("Trực tuyến"); the blank code is "(để trống)". */
    static String codeLabel(String column, String code) {
        if (code == null) return I18n.t("imports.code.unknown");
        if (code.isEmpty()) return I18n.t("imports.code.blank");
        String key = Vocabulary.codes(column).contains("true") ? "imports.code.yesno." + code : "imports.code." + column + "." + code;
        return I18n.t(key);
    }
}
