package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.io.table.TableRow;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.CalendarRepository;

/**
 * calendar.csv (date, kind, name) or an iCalendar .ics file of all-day holidays ({@link IcsCalendarReader}). The days
 * lie on top of the default days off; with {@code replaceYears} each year the file has a day in is replaced whole by
 * the file's days of it (the defaults and the officer's earlier days of that year no longer count).
 */
final class CalendarImport extends TableImport<CalendarDay> {
    private final boolean replaceYears;
    private final Set<Integer> yearsReplaced = new HashSet<>();

    CalendarImport(boolean replaceYears) { this.replaceYears = replaceYears; }

    @Override
    protected List<String> requiredColumns() { return List.of("date", "kind"); }

    @Override
    protected String keyColumn() { return "date"; }

    @Override
    protected List<String> read(Path file, Consumer<TableRow> rows) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")) {
            return IcsCalendarReader.read(file, rows);
        }
        return super.read(file, rows);
    }

    @Override
    protected CalendarDay parse(RowParser r) {
        LocalDate date = r.value("date", Values::date, true);
        DayKind kind = r.value("kind", DayKind::fromCode, true);
        String name = r.text("name");
        if (name != null && name.length() > 300) r.problem("name", "longer than 300 characters", name);
        if (r.bad()) return null;
        return new CalendarDay(date, kind, name);
    }

    @Override
    protected Object key(CalendarDay d) { return d.date(); }

    @Override
    protected Map<Object, CalendarDay> existing(Connection c, Set<Object> keys) throws SQLException {
        Map<Object, CalendarDay> out = new HashMap<>();
        if (replaceYears) return out; // every day of a replaced year is written again
        for (CalendarDay d : new CalendarRepository(db).findAll(c)) if (keys.contains(d.date())) out.put(d.date(), d);
        return out;
    }

    @Override
    protected CalendarDay merge(CalendarDay old, CalendarDay parsed) { return parsed; }

    @Override
    protected void write(Connection c, List<CalendarDay> items, Map<Object, CalendarDay> stored) throws SQLException {
        CalendarRepository repo = new CalendarRepository(db);
        if (!replaceYears) {
            repo.saveAll(c, items);
            return;
        }
        // Chunks arrive in file order inside one transaction: a year is cleared the first time one of its days comes.
        Set<Integer> newYears = new TreeSet<>();
        for (CalendarDay d : items) if (!yearsReplaced.contains(d.date().getYear())) newYears.add(d.date().getYear());
        yearsReplaced.addAll(newYears);
        repo.replaceYears(c, newYears, items);
    }
}
