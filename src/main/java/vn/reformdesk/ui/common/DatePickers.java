package vn.reformdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.reformdesk.io.table.Values;

/** Date pickers that show and read dd/MM/yyyy, the officer's way of writing dates. */
public final class DatePickers {
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DatePickers() {}

    /** A typed day (d/M/yyyy), or null when it is not one or its year is outside 1900–2199 (a typing mistake). */
    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            LocalDate d = LocalDate.parse(s.trim(), TYPED);
            return d.getYear() < Values.MIN_YEAR || d.getYear() > Values.MAX_YEAR ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) { return Fmt.date(d); }

            @Override
            public LocalDate fromString(String s) { return parse(s); }
        };
    }

    public static DatePicker create(String id, String prompt) {
        DatePicker p = new DatePicker();
        if (id != null) p.setId(id);
        p.setPromptText(prompt);
        p.setConverter(converter());
        return p;
    }
}
