package vn.reformdesk.io.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.io.ProgressListener;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.ui.common.I18n;

/**
 * The PDF and PNG reports from an open database, for the command line ({@code report --format pdf|png}) and the
 * charts screen. The language is the current {@link I18n} locale; {@link #language(String)} parses {@code --lang}.
 */
public final class ReportExport {
    public static final List<String> FORMATS = List.of("pdf", "png");

    private ReportExport() {}

    public static boolean handles(String format) { return FORMATS.contains(format); }

    /** {@code vi} or {@code en} (any case) to a locale; anything else is refused with a message. */
    public static Locale language(String lang) {
        String l = lang == null ? "vi" : lang.trim().toLowerCase(Locale.ROOT);
        return switch (l) {
            case "vi" -> new Locale("vi");
            case "en" -> Locale.ENGLISH;
            default -> throw new IllegalArgumentException("expected vi or en (" + lang + ")");
        };
    }

    /** The file name used when no --out is given: {@code report-2026-Q3.pdf}. */
    public static String defaultFileName(Period p, String format) { return "report-" + p + "." + format; }

    /** Loads the period's figures (form 06a on its official dates) and renders them. */
    public static byte[] render(AppContext ctx, Period p, LocalDate asOf, String format, ProgressListener progress)
            throws IOException {
        return render(ctx, p, asOf, PeriodDates.OFFICIAL, format, progress);
    }

    /** Loads the period's figures and renders them, form 06a on {@code dates06a}; progress 0–0.5 loading, 0.5–1 drawing. */
    public static byte[] render(AppContext ctx, Period p, LocalDate asOf, PeriodDates dates06a, String format,
                                ProgressListener progress) throws IOException {
        ReportModel m = ReportModel.load(ctx, p, asOf, dates06a, (f, msg) -> progress.progress(f * 0.5, msg));
        return render(m, format, progress);
    }

    public static byte[] render(ReportModel m, String format, ProgressListener progress) throws IOException {
        return switch (format) {
            case "pdf" -> ReportPdf.render(m, (f, msg) -> progress.progress(0.5 + f * 0.5, msg));
            case "png" -> {
                byte[] b = ReportPng.render(m);
                progress.progress(1, "done");
                yield b;
            }
            default -> throw new IllegalArgumentException("not a document format: " + format);
        };
    }

    /** Writes next to the target and moves it into place, so a failure or a cancel never leaves half a file. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }
}
