package vn.reformdesk.io;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.calendar.DayKind;
import vn.reformdesk.io.table.TableRow;
import vn.reformdesk.io.table.Values;
import vn.reformdesk.store.CalendarRepository;

/** calendar.csv (date, kind, name) or an iCalendar .ics file of all-day holidays ({@link IcsCalendarReader}). */
final class CalendarImport extends TableImport<CalendarDay> {
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
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT day_date, kind, name FROM calendar_days")) {
            while (rs.next()) {
                LocalDate d = rs.getDate(1).toLocalDate();
                if (keys.contains(d)) out.put(d, new CalendarDay(d, DayKind.fromCode(rs.getString(2)), rs.getString(3)));
            }
        }
        return out;
    }

    @Override
    protected CalendarDay merge(CalendarDay old, CalendarDay parsed) { return parsed; }

    @Override
    protected void write(Connection c, List<CalendarDay> items, Map<Object, CalendarDay> stored) throws SQLException {
        new CalendarRepository(db).saveAll(c, items);
    }
}
