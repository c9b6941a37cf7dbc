package vn.reformdesk.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import vn.reformdesk.io.table.TableFormatException;
import vn.reformdesk.io.table.TableRow;

/**
 * Reads holidays from an iCalendar (.ics, RFC 5545) file with the biweekly library (it does line unfolding,
 * escaping and time zones). Every all-day VEVENT becomes holiday rows {@code date, kind=holiday, name=SUMMARY}:
 * DTEND is exclusive (RFC 5545), a missing DTEND means one day, and a multi-day event expands to each of its
 * weekdays (Saturdays and Sundays inside a multi-day event are skipped: they are off anyway, and a swapped
 * working weekend day already in the calendar must not be overwritten). A single-day event is taken as it is.
 * Events with a time of day are not holidays and are skipped; a date already given by an earlier event is
 * skipped too (feeds often overlap, e.g. "Tết" and "Giao thừa"). Rows carry the line of their BEGIN:VEVENT so
 * problems point into the file.
 */
final class IcsCalendarReader {
    static final List<String> HEADER = List.of("date", "kind", "name");
    /** A longer all-day event is a damaged or hostile feed (it would expand to one row per day). */
    static final int MAX_EVENT_DAYS = 366;

    private IcsCalendarReader() {}

    static List<String> read(Path file, Consumer<TableRow> rows) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TableFormatException(file.getFileName() + ": the file is not UTF-8 text", e);
        }
        if (text.isBlank()) return List.of();
        if (!text.toUpperCase(Locale.ROOT).contains("BEGIN:VCALENDAR")) {
            throw new TableFormatException(file.getFileName() + ": not an iCalendar file (no BEGIN:VCALENDAR)", null);
        }
        List<Long> eventLines = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().equalsIgnoreCase("BEGIN:VEVENT")) eventLines.add((long) i + 1);
        }
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(text).all();
        } catch (RuntimeException e) {
            throw new TableFormatException(file.getFileName() + ": not a readable iCalendar file (" + e.getMessage() + ")", e);
        }
        Set<LocalDate> seen = new HashSet<>();
        int index = 0;
        for (ICalendar cal : calendars) {
            for (VEvent ev : cal.getEvents()) {
                long line = index < eventLines.size() ? eventLines.get(index)
                        : eventLines.isEmpty() ? 1 : eventLines.get(eventLines.size() - 1);
                index++;
                String name = ev.getSummary() == null ? null : ev.getSummary().getValue();
                if (ev.getDateStart() == null || ev.getDateStart().getValue() == null) {
                    rows.accept(row(line, "", name));
                    continue;
                }
                ICalDate start = ev.getDateStart().getValue();
                if (start.hasTime()) continue; // a meeting, not a holiday
                LocalDate from;
                LocalDate endExclusive;
                try {
                    from = local(start);
                    endExclusive = from.plusDays(1);
                    if (ev.getDateEnd() != null && ev.getDateEnd().getValue() != null) {
                        LocalDate end = local(ev.getDateEnd().getValue());
                        if (end.isAfter(from)) endExclusive = end;
                    } else if (ev.getDuration() != null && ev.getDuration().getValue() != null) {
                        long days = ev.getDuration().getValue().toMillis() / 86_400_000L;
                        if (days > 1) endExclusive = from.plusDays(days);
                    }
                } catch (java.time.DateTimeException | ArithmeticException e) {
                    // an impossible date (month 13, 31 February): reported by the importer on the date column
                    DateTimeComponents c = start.getRawComponents();
                    rows.accept(row(line, c == null ? "?" : String.format("%04d-%02d-%02d", c.getYear(), c.getMonth(),
                            c.getDate()), name));
                    continue;
                }
                if (endExclusive.isAfter(from.plusDays(MAX_EVENT_DAYS))) {
                    throw new TableFormatException(file.getFileName() + ": the event on line " + line + " lasts more than "
                            + MAX_EVENT_DAYS + " days (" + from + " to " + endExclusive + "): not a holiday", null, line);
                }
                boolean multi = endExclusive.isAfter(from.plusDays(1));
                for (LocalDate d = from; d.isBefore(endExclusive); d = d.plusDays(1)) {
                    if (multi && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)) continue;
                    if (seen.add(d)) rows.accept(row(line, d, name));
                }
            }
        }
        return HEADER;
    }

    private static LocalDate local(ICalDate date) {
        DateTimeComponents c = date.getRawComponents();
        if (c != null) return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
        return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }

    private static TableRow row(long line, LocalDate date, String name) {
        return row(line, date == null ? "" : date.toString(), name);
    }

    private static TableRow row(long line, String date, String name) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("date", date);
        cells.put("kind", "holiday");
        cells.put("name", name == null ? "" : name);
        return new TableRow(line, cells);
    }
}
