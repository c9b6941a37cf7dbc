package vn.reformdesk.domain.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * The periodic report units send, Biểu số II.06a/VPCP/KSTT ("Tình hình, kết quả giải quyết thủ tục hành chính"):
 * for the days [from, to], a row per level and field (lĩnh vực) of the unit's procedures, and a total row.
 * <p>
 * A dossier is in the report when it was received by {@code to} and not resolved before {@code from}. It counts as
 * newly received (4 online, 5 in person or by post) when received in the period, else as carried over (6); as
 * resolved (7) when resolved in the period, split by its status as of {@code to} (8 early, 9 on time, 10 late), else
 * as still in process (11), within the deadline (12, waiting for a supplement included) or overdue (13). Statuses
 * come from {@link DeadlineCalculator}, so rejected and withdrawn dossiers count as resolved on their end date, by
 * the same timeliness rule as everywhere in the app. Hence 3 = 4 + 5 + 6 = 7 + 11, and this period's 11 is the next
 * period's 6. A period not yet ended is counted as of {@code asOf} (today) instead of its last day. Pure.
 */
public record Form06a(Period period, PeriodDates dates, LocalDate from, LocalDate to, LocalDate asOf, List<Row> rows,
                      Counts total) {

    /** The form's counted columns, 3 to 13. */
    public enum Column {
        RECEIVED(3), ONLINE(4), DIRECT_OR_POSTAL(5), CARRIED_OVER(6), RESOLVED(7), EARLY(8), ON_TIME(9), LATE(10),
        IN_PROCESS(11), WITHIN_DEADLINE(12), OVERDUE(13);

        private final int number;

        Column(int number) { this.number = number; }

        /** The column's number on the form (3–13). */
        public int number() { return number; }

        /** {@code c3} … {@code c13}: the JSON keys of formats.md. */
        public String key() { return "c" + number; }
    }

    /** One count per column. */
    public static final class Counts {
        private final long[] values = new long[Column.values().length];

        public long get(Column c) { return values[c.ordinal()]; }

        void add(Set<Column> columns) {
            for (Column c : columns) values[c.ordinal()]++;
        }

        void add(Counts other) {
            for (int i = 0; i < values.length; i++) values[i] += other.values[i];
        }

        @Override
        public boolean equals(Object o) { return o instanceof Counts c && java.util.Arrays.equals(values, c.values); }

        @Override
        public int hashCode() { return java.util.Arrays.hashCode(values); }

        @Override
        public String toString() { return java.util.Arrays.toString(values); }
    }

    /** A field under a level; {@code field} is null for procedures with no field recorded. */
    public record Row(AdminLevel level, String field, Counts counts) {}

    /** Where one dossier counts: its procedure's level and field, and the columns it adds one to. */
    public record Entry(Dossier dossier, AdminLevel level, String field, Set<Column> columns) {}

    /**
     * The columns a dossier counts in for the days [from, to] with its status as of {@code to}, or an empty set when it
     * is not in the report (received after {@code to}, or resolved before {@code from}).
     */
    public static Set<Column> columns(Dossier d, DossierStatus statusAtEnd, LocalDate from, LocalDate to) {
        LocalDate received = d.receivedOn();
        LocalDate resolved = d.resolvedOn();
        if (received.isAfter(to) || (resolved != null && resolved.isBefore(from))) return EnumSet.noneOf(Column.class);
        EnumSet<Column> out = EnumSet.of(Column.RECEIVED);
        if (received.isBefore(from)) out.add(Column.CARRIED_OVER);
        else out.add(d.channel() == Channel.ONLINE ? Column.ONLINE : Column.DIRECT_OR_POSTAL);
        if (resolved != null && !resolved.isAfter(to)) {
            out.add(Column.RESOLVED);
            out.add(switch (statusAtEnd) {
                case EARLY -> Column.EARLY;
                case ON_TIME -> Column.ON_TIME;
                case LATE -> Column.LATE;
                default -> throw new IllegalStateException("resolved dossier " + d.code() + " with status " + statusAtEnd);
            });
        } else {
            out.add(Column.IN_PROCESS);
            out.add(statusAtEnd == DossierStatus.OVERDUE ? Column.OVERDUE : Column.WITHIN_DEADLINE);
        }
        return out;
    }

    /**
     * Where each of {@code dossiers} counts in the period's report (those outside it are left out). Dossiers of a
     * procedure not in {@code procedures} are an error: the register keys every dossier to one.
     */
    public static List<Entry> entries(Period period, PeriodDates dates, Collection<Dossier> dossiers,
                                      Map<String, Procedure> procedures, DeadlineCalculator calc) {
        return entries(period, dates, dates.end(period), dossiers, procedures, calc);
    }

    /** As {@link #entries(Period, PeriodDates, Collection, Map, DeadlineCalculator)}, as of {@code today} when earlier than the end. */
    public static List<Entry> entries(Period period, PeriodDates dates, LocalDate today, Collection<Dossier> dossiers,
                                      Map<String, Procedure> procedures, DeadlineCalculator calc) {
        LocalDate from = dates.start(period);
        LocalDate to = asOf(period, dates, today);
        List<Entry> out = new ArrayList<>();
        for (Dossier d : dossiers) {
            if (d.receivedOn().isAfter(to) || (d.resolvedOn() != null && d.resolvedOn().isBefore(from))) continue;
            Procedure p = procedures.get(d.procedureCode());
            if (p == null) throw new IllegalArgumentException("dossier " + d.code() + ": unknown procedure " + d.procedureCode());
            Set<Column> cols = columns(d, calc.compute(d, p, to).status(), from, to);
            out.add(new Entry(d, p.level(), field(p), cols));
        }
        return out;
    }

    /**
     * The table: a row for every level and field among {@code procedures} (so a period without dossiers in a field
     * still shows it, with zeros), in level order then by field in Vietnamese alphabetical order, no field last.
     */
    public static Form06a of(Period period, PeriodDates dates, Collection<Procedure> procedures, List<Entry> entries) {
        return of(period, dates, dates.end(period), procedures, entries);
    }

    /** The table of entries counted as of {@code today} (see {@link #asOf}). */
    public static Form06a of(Period period, PeriodDates dates, LocalDate today, Collection<Procedure> procedures,
                             List<Entry> entries) {
        Map<AdminLevel, Map<String, Counts>> byLevel = new TreeMap<>();
        Comparator<String> byName = Comparator.nullsLast(FIELD_ORDER);
        for (Procedure p : procedures) {
            byLevel.computeIfAbsent(p.level(), k -> new TreeMap<>(byName)).computeIfAbsent(field(p), k -> new Counts());
        }
        Counts total = new Counts();
        for (Entry e : entries) {
            byLevel.computeIfAbsent(e.level(), k -> new TreeMap<>(byName)).computeIfAbsent(e.field(), k -> new Counts())
                    .add(e.columns());
            total.add(e.columns());
        }
        List<Row> rows = new ArrayList<>();
        byLevel.forEach((level, fields) -> fields.forEach((f, c) -> rows.add(new Row(level, f, c))));
        return new Form06a(period, dates, dates.start(period), dates.end(period), asOf(period, dates, today),
                List.copyOf(rows), total);
    }

    /** The day the period is counted as of: its last day once ended, else {@code today}. */
    public static LocalDate asOf(Period period, PeriodDates dates, LocalDate today) {
        LocalDate end = dates.end(period);
        return today.isBefore(end) ? today : end;
    }

    /** Whether the period had not ended on the day it was counted. */
    public boolean running() { return asOf.isBefore(to); }

    /** What a line of the printed form is: a level's group row, a field under it, or the total. */
    public enum LineKind { LEVEL, FIELD, TOTAL }

    /**
     * A line of the form as printed: its number in column 1 (I, II, III for levels; 1, 2, … for fields, counted
     * through the whole form; empty for the total), its level and field (null for the total; field null also for
     * a level's row) and its counts.
     */
    public record Line(LineKind kind, String number, AdminLevel level, String field, Counts counts) {}

    /** The form's lines: each level's row followed by its fields, then the total. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        String[] roman = {"I", "II", "III", "IV", "V"};
        int levelNo = 0;
        int fieldNo = 0;
        for (AdminLevel level : levels()) {
            out.add(new Line(LineKind.LEVEL, roman[levelNo++], level, null, levelTotal(level)));
            for (Row r : rows(level)) out.add(new Line(LineKind.FIELD, String.valueOf(++fieldNo), level, r.field(), r.counts()));
        }
        out.add(new Line(LineKind.TOTAL, "", null, null, total));
        return out;
    }

    /** Whether an entry counts in a line (a level's row: every field of the level; the total: all). */
    public static boolean inLine(Entry e, Line line) {
        return switch (line.kind()) {
            case TOTAL -> true;
            case LEVEL -> e.level() == line.level();
            case FIELD -> e.level() == line.level() && Objects.equals(e.field(), line.field());
        };
    }

    /** The rows of one level, and their sum (the level's group row on the form). */
    public List<Row> rows(AdminLevel level) {
        return rows.stream().filter(r -> r.level() == level).toList();
    }

    public Counts levelTotal(AdminLevel level) {
        Counts sum = new Counts();
        for (Row r : rows(level)) sum.add(r.counts());
        return sum;
    }

    /** The levels that have rows, in order. */
    public List<AdminLevel> levels() {
        return rows.stream().map(Row::level).distinct().toList();
    }

    /** The row of a level and field, if any. */
    public java.util.Optional<Row> row(AdminLevel level, String field) {
        return rows.stream().filter(r -> r.level() == level && Objects.equals(r.field(), field)).findFirst();
    }

    private static String field(Procedure p) {
        return p.field() == null || p.field().isBlank() ? null : p.field().trim();
    }

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final Comparator<String> FIELD_ORDER = (a, b) -> {
        int c = VIETNAMESE.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };
}
