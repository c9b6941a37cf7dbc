package vn.reformdesk.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.RecurrenceDates;
import biweekly.property.RecurrenceRule;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.io.table.TableFormatException;
import vn.reformdesk.io.table.TableRow;

/**
 * Reads holidays from an iCalendar (.ics, RFC 5545) file with the biweekly library (it does line unfolding,
 * escaping, time zones and the expansion of repeats). Every all-day VEVENT becomes holiday rows
 * {@code date, kind=holiday, name=SUMMARY}: DTEND is exclusive (RFC 5545), a missing DTEND means one day, and a
 * multi-day event expands to each of its weekdays (Saturdays and Sundays inside a multi-day event are skipped: they
 * are off anyway, and a swapped working weekend day already in the calendar must not be overwritten). A single-day
 * event is taken as it is. A repeating event (RRULE, RDATE, EXDATE) gives every occurrence; an occurrence moved or
 * cancelled by another VEVENT of the same UID (RECURRENCE-ID) is left to that event. Events with a time of day are
 * not holidays and are skipped, and so are cancelled ones (STATUS:CANCELLED); a date already given by an earlier
 * event is skipped too (feeds often overlap, e.g. "Tết" and "Giao thừa").
 *
 * <p>Refused in words, never dropped or guessed: a file cut short (a BEGIN without its END), a NUL byte, DTEND
 * before DTSTART, a repeat without end (no COUNT or UNTIL), a repeat more often than daily or by rule parts other
 * than BYDAY, BYMONTH and BYMONTHDAY, an RDATE period. Rows carry the line of their BEGIN:VEVENT, problems the line
 * of the property, so they point into the file.
 */
final class IcsCalendarReader {
    static final List<String> HEADER = List.of("date", "kind", "name");
    /** A longer all-day event is a damaged or hostile feed (it would expand to one row per day). */
    static final int MAX_EVENT_DAYS = 366;
    /** A repeat that gives more days than this is not a list of holidays. */
    static final int MAX_REPEAT_DAYS = 1_000;
    /** Rule parts a repeat of holidays may use besides FREQ, COUNT, UNTIL, INTERVAL and WKST. */
    private static final Set<String> RULE_PARTS = Set.of("FREQ", "COUNT", "UNTIL", "INTERVAL", "WKST", "BYDAY", "BYMONTH",
            "BYMONTHDAY");

    private IcsCalendarReader() {}

    /** One VEVENT as written in the file: its BEGIN line and the first line and value of each of its properties. */
    private record Scanned(long line, Map<String, Long> lines, Map<String, String> values, Map<String, Integer> counts) {
        long lineOf(String property) { return lines.getOrDefault(property, line); }

        String valueOf(String property) { return values.get(property); }
    }

    static List<String> read(Path file, Consumer<TableRow> rows) throws IOException {
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new TableFormatException(name + ": the file is not UTF-8 text", e);
        }
        if (text.isBlank()) return List.of();
        if (!text.toUpperCase(Locale.ROOT).contains("BEGIN:VCALENDAR")) {
            throw new TableFormatException(name + ": not an iCalendar file (no BEGIN:VCALENDAR)", null);
        }
        List<Scanned> events = scan(file, text);
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(text).all();
        } catch (RuntimeException e) {
            throw new TableFormatException(name + ": not a readable iCalendar file (" + e.getMessage() + ")", e);
        }
        List<VEvent> all = new ArrayList<>();
        for (ICalendar cal : calendars) all.addAll(cal.getEvents());
        // the occurrences another event of the same UID moves or cancels (RECURRENCE-ID): not the rule's to give
        Map<String, Set<LocalDate>> overridden = new HashMap<>();
        for (VEvent ev : all) {
            if (ev.getRecurrenceId() == null || ev.getRecurrenceId().getValue() == null || ev.getUid() == null) continue;
            LocalDate d = localOrNull(ev.getRecurrenceId().getValue());
            if (d != null) overridden.computeIfAbsent(ev.getUid().getValue(), k -> new HashSet<>()).add(d);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int index = 0; index < all.size(); index++) {
            VEvent ev = all.get(index);
            Scanned at = index < events.size() ? events.get(index)
                    : new Scanned(events.isEmpty() ? 1 : events.get(events.size() - 1).line(), Map.of(), Map.of(), Map.of());
            String summary = ev.getSummary() == null ? null : ev.getSummary().getValue();
            if (ev.getDateStart() == null || ev.getDateStart().getValue() == null) {
                rows.accept(row(at.line(), "", summary));
                continue;
            }
            ICalDate start = ev.getDateStart().getValue();
            if (start.hasTime()) continue; // a meeting, not a holiday
            if (ev.getStatus() != null && ev.getStatus().isCancelled()) continue; // called off: not a day off
            LocalDate from;
            LocalDate endExclusive;
            try {
                from = local(start);
                endExclusive = from.plusDays(1);
                if (ev.getDateEnd() != null && ev.getDateEnd().getValue() != null) {
                    LocalDate end = local(ev.getDateEnd().getValue());
                    if (end.isBefore(from)) {
                        rows.accept(refused(name, at.lineOf("DTEND"), "DTEND", "the event ends before it starts"
                                + " (DTSTART " + from + ", DTEND " + end + ")", at.valueOf("DTEND")));
                        continue;
                    }
                    if (end.isAfter(from)) endExclusive = end; // DTEND = DTSTART: one day, as a missing DTEND
                } else if (ev.getDuration() != null && ev.getDuration().getValue() != null) {
                    long days = ev.getDuration().getValue().toMillis() / 86_400_000L;
                    if (ev.getDuration().getValue().isPrior()) {
                        rows.accept(refused(name, at.lineOf("DURATION"), "DURATION", "the event lasts less than nothing"
                                + " (a negative duration)", at.valueOf("DURATION")));
                        continue;
                    }
                    if (days > 1) endExclusive = from.plusDays(days);
                }
            } catch (java.time.DateTimeException | ArithmeticException e) {
                // an impossible date (month 13, 31 February): reported by the importer on the date column
                DateTimeComponents c = start.getRawComponents();
                rows.accept(row(at.line(), c == null ? "?" : String.format("%04d-%02d-%02d", c.getYear(), c.getMonth(),
                        c.getDate()), summary));
                continue;
            }
            if (endExclusive.isAfter(from.plusDays(MAX_EVENT_DAYS))) {
                throw new TableFormatException(name + ": the event on line " + at.line() + " lasts more than "
                        + MAX_EVENT_DAYS + " days (" + from + " to " + endExclusive + "): not a holiday", null, at.line());
            }
            List<LocalDate> starts;
            if (repeats(ev, at)) {
                TableRow refusal = refusedRepeat(name, ev, at);
                if (refusal != null) {
                    rows.accept(refusal);
                    continue;
                }
                starts = occurrences(ev, at, name, rows);
                if (starts == null) continue;
                if (ev.getUid() != null) starts.removeAll(overridden.getOrDefault(ev.getUid().getValue(), Set.of()));
            } else {
                starts = List.of(from);
            }
            long length = ChronoUnit.DAYS.between(from, endExclusive);
            for (LocalDate first : starts) {
                LocalDate until = first.plusDays(length);
                for (LocalDate d = first; d.isBefore(until); d = d.plusDays(1)) {
                    if (length > 1 && (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)) continue;
                    if (seen.add(d)) rows.accept(row(at.line(), d, summary));
                }
            }
        }
        return HEADER;
    }

    /**
     * Checks the file's structure line by line (folded lines joined): every BEGIN has its END, in order; a NUL byte
     * is refused. Returns the VEVENTs in file order with the lines of their properties.
     */
    private static List<Scanned> scan(Path file, String text) throws TableFormatException {
        String name = file.getFileName().toString();
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Scanned> events = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Deque<Long> openLines = new ArrayDeque<>();
        Scanned event = null;
        for (int i = 0; i < lines.length; i++) {
            long lineNo = i + 1;
            StringBuilder logical = new StringBuilder(lines[i]);
            while (i + 1 < lines.length && !lines[i + 1].isEmpty()
                    && (lines[i + 1].charAt(0) == ' ' || lines[i + 1].charAt(0) == '\t')) {
                logical.append(lines[++i], 1, lines[i].length()); // an unfolded continuation line
            }
            String line = logical.toString();
            int colon = line.indexOf(':');
            String property = (colon < 0 ? line : line.substring(0, colon)).split(";", 2)[0].trim().toUpperCase(Locale.ROOT);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (line.indexOf('\0') >= 0) {
                throw new TableFormatException(name + ": contains a NUL byte (U+0000): the file is damaged or is not"
                        + " iCalendar text", null, lineNo, property.isEmpty() ? null : property, line);
            }
            if (property.equals("BEGIN")) {
                String component = value.trim().toUpperCase(Locale.ROOT);
                open.push(component);
                openLines.push(lineNo);
                if (component.equals("VEVENT") && open.size() == 2) {
                    event = new Scanned(lineNo, new HashMap<>(), new HashMap<>(), new HashMap<>());
                    events.add(event);
                }
            } else if (property.equals("END")) {
                String component = value.trim().toUpperCase(Locale.ROOT);
                if (open.isEmpty() || !open.peek().equals(component)) {
                    throw new TableFormatException(name + ": END:" + component + (open.isEmpty() ? " closes nothing"
                            : " where END:" + open.peek() + " was due (BEGIN:" + open.peek() + " on line " + openLines.peek()
                            + ")") + ": the file is damaged", null, lineNo, null, line);
                }
                open.pop();
                openLines.pop();
                if (component.equals("VEVENT") && open.size() == 1) event = null;
            } else if (event != null && open.size() == 2 && !property.isEmpty()) {
                event.lines().putIfAbsent(property, lineNo);
                event.values().putIfAbsent(property, value);
                event.counts().merge(property, 1, Integer::sum);
            }
        }
        if (!open.isEmpty()) {
            String component = open.peek();
            long line = openLines.peek();
            throw new TableFormatException(name + ": the file is cut short: BEGIN:" + component + " on this line is never"
                    + " closed (no END:" + component + "); save or download it again", null, line, null,
                    "BEGIN:" + component);
        }
        return events;
    }

    private static boolean repeats(VEvent ev, Scanned at) {
        return !ev.getProperties(RecurrenceRule.class).isEmpty() || !ev.getRecurrenceDates().isEmpty() || !ev.getExceptionRules().isEmpty()
                || at.counts().containsKey("RRULE") || at.counts().containsKey("RDATE") || at.counts().containsKey("EXRULE");
    }

    /** The refusal of a repeat this reader does not expand (in words, on the line of the rule); null when it can. */
    private static TableRow refusedRepeat(String name, VEvent ev, Scanned at) {
        if (at.counts().getOrDefault("RRULE", 0) != ev.getProperties(RecurrenceRule.class).size() || at.counts().containsKey("EXRULE")) {
            String property = at.counts().containsKey("EXRULE") ? "EXRULE" : "RRULE";
            return refused(name, at.lineOf(property), property, "cannot read this repeat rule; enter the days one by one"
                    + " or as single events", at.valueOf(property));
        }
        for (RecurrenceRule rule : ev.getProperties(RecurrenceRule.class)) {
            Recurrence r = rule.getValue();
            String raw = at.valueOf("RRULE");
            if (r == null || r.getFrequency() == null) {
                return refused(name, at.lineOf("RRULE"), "RRULE", "the repeat rule has no FREQ", raw);
            }
            if (r.getFrequency().compareTo(Frequency.DAILY) < 0) {
                return refused(name, at.lineOf("RRULE"), "RRULE", "repeats " + r.getFrequency() + ": a day off repeats"
                        + " at most daily (DAILY, WEEKLY, MONTHLY or YEARLY)", raw);
            }
            if (r.getCount() == null && r.getUntil() == null) {
                return refused(name, at.lineOf("RRULE"), "RRULE", "repeats without end: the rule needs COUNT (how many"
                        + " times) or UNTIL (until when) to say which days are off", raw);
            }
            if (r.getCount() != null && r.getCount() < 1 || r.getInterval() != null && r.getInterval() < 1) {
                return refused(name, at.lineOf("RRULE"), "RRULE", "COUNT and INTERVAL must be 1 or more", raw);
            }
            for (String part : parts(raw)) {
                if (!RULE_PARTS.contains(part)) {
                    return refused(name, at.lineOf("RRULE"), "RRULE", "the rule part " + part + " is not read (only FREQ,"
                            + " COUNT, UNTIL, INTERVAL, BYDAY, BYMONTH and BYMONTHDAY); enter the days one by one", raw);
                }
            }
        }
        for (RecurrenceDates rdate : ev.getRecurrenceDates()) {
            if (!rdate.getPeriods().isEmpty()) {
                return refused(name, at.lineOf("RDATE"), "RDATE", "periods in RDATE are not read; give the dates, or one"
                        + " event per period", at.valueOf("RDATE"));
            }
        }
        return null;
    }

    /** The rule parts named in an RRULE value (FREQ=…;COUNT=…), upper case. */
    private static List<String> parts(String raw) {
        List<String> out = new ArrayList<>();
        if (raw == null) return out;
        for (String p : raw.split(";")) {
            int eq = p.indexOf('=');
            if (eq > 0) out.add(p.substring(0, eq).trim().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The first days of the event's occurrences (DTSTART, RRULE and RDATE less EXDATE, as RFC 5545 says, by the
     * library); null after reporting a repeat that gives too many days.
     */
    private static List<LocalDate> occurrences(VEvent ev, Scanned at, String name, Consumer<TableRow> rows) {
        List<LocalDate> out = new ArrayList<>();
        // all-day dates are read (and iterated) in the default zone by biweekly
        DateIterator it = ev.getDateIterator(TimeZone.getDefault());
        while (it.hasNext()) {
            LocalDate d = it.next().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            if (out.size() == MAX_REPEAT_DAYS || d.getYear() > vn.reformdesk.io.table.Values.MAX_YEAR) {
                String property = at.counts().containsKey("RRULE") ? "RRULE" : "RDATE";
                rows.accept(refused(name, at.lineOf(property), property, "repeats into more than " + MAX_REPEAT_DAYS
                        + " days or past " + vn.reformdesk.io.table.Values.MAX_YEAR + ": not a list of days off",
                        at.valueOf(property)));
                return null;
            }
            if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    private static LocalDate local(ICalDate date) {
        DateTimeComponents c = date.getRawComponents();
        if (c != null) return LocalDate.of(c.getYear(), c.getMonth(), c.getDate());
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static LocalDate localOrNull(ICalDate date) {
        try {
            return local(date);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A row the reader refuses: reported on {@code line} with the property and its value, never imported. */
    private static TableRow refused(String file, long line, String property, String message, String value) {
        return new TableRow(line, Map.of(), List.of(new ImportProblem(file, line, property, message, value)));
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
