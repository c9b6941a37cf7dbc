package vn.reformdesk.ui.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.ui.common.I18n;

/**
 * Import problems in the officer's language. The importers word problems in English (the command line's stable
 * format, formats.md); the dialog shows the same line in Vietnamese when the UI is Vietnamese, keeping file, line,
 * column and value as they are. A message without a translation is shown as it is.
 */
final class ProblemTexts {
    private record Rule(Pattern pattern, String key) {
    }

    private static final List<Rule> RULES = List.of(
            rule("not a date-time \\(.*\\)", "imports.msg.notDateTime"),
            rule("not a date \\(.*\\)", "imports.msg.notDate"),
            rule("not a whole number", "imports.msg.notWholeNumber"),
            rule("not a number", "imports.msg.notNumber"),
            rule("not a yes/no value \\(.*\\)", "imports.msg.notYesNo"),
            rule("must be 0 or more", "imports.msg.negative"),
            rule("too large", "imports.msg.tooLarge"),
            rule("required value is empty", "imports.msg.required"),
            rule("required column is missing from the header", "imports.msg.missingColumn"),
            rule("the column appears twice in the header", "imports.msg.columnTwice"),
            rule("the file has a header but no data rows", "imports.msg.noRows"),
            rule("the file is empty: no header row \\(expected (.*)\\)", "imports.msg.emptyFile"),
            rule("duplicate (\\S+), already on line (\\d+)", "imports.msg.duplicate"),
            rule("unknown procedure \\(import it in procedures.csv first\\)", "imports.msg.unknownProcedure"),
            rule("expected one of (.*)", "imports.msg.expectedOneOf"),
            rule("expected an hour HH:mm \\(e.g. 15:00\\) or none", "imports.msg.notHour"),
            rule("longer than (\\d+) characters", "imports.msg.tooLong"),
            rule("before received_at \\((.*)\\)", "imports.msg.beforeReceived"),
            rule("before supplement_requested_on \\((.*)\\)", "imports.msg.beforeRequested"),
            rule("required when resolved_on is set.*", "imports.msg.outcomeRequired"),
            rule("the year is outside (.*)", "imports.msg.yearOutside"),
            rule("contains the invisible control character (.*)", "imports.msg.controlCharacter"),
            rule("contains a tab or a line break", "imports.msg.tabOrBreak"),
            rule("contains a NUL byte \\(U\\+0000\\).*", "imports.msg.nul"),
            rule("the row has (\\d+) cells but the header only (\\d+).*", "imports.msg.beyondHeader"),
            rule("file not found", "imports.msg.fileNotFound"),
            rule("cannot read the file: (.*)", "imports.msg.cannotRead"));

    private ProblemTexts() {}

    private static Rule rule(String regex, String key) { return new Rule(Pattern.compile(regex), key); }

    /** The problem's line in the UI language. */
    static String text(ImportProblem p) {
        String line = p.toString();
        if (I18n.english() || p.message() == null) return line;
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(p.message());
            if (!m.matches()) continue;
            Object[] args = new Object[m.groupCount()];
            for (int i = 0; i < args.length; i++) args[i] = m.group(i + 1);
            String translated = I18n.t(r.key(), args);
            String prefix = p.file() + ":" + p.line() + ": ";
            if (!line.startsWith(prefix)) return line;
            String rest = line.substring(prefix.length());
            String column = p.column() == null ? "" : "column " + p.column() + ": ";
            if (!rest.startsWith(column + p.message())) return line;
            String columnVi = p.column() == null ? "" : I18n.t("imports.msg.column", p.column()) + ": ";
            return prefix + columnVi + translated + rest.substring(column.length() + p.message().length());
        }
        return line;
    }
}
