package vn.reformdesk.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.reformdesk.domain.calendar.VietnamTime;
import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Rate;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.ui.common.Fmt;
import vn.reformdesk.ui.common.I18n;

/**
 * The dashboard's state and logic, without controls: the chosen period (year / quarter / month, by default the
 * quarter containing the app's date), the choices offered, and the counters made from {@link DashboardData}.
 */
public final class DashboardViewModel {
    /** The counters, in the order they are shown. */
    public static final List<String> TILE_IDS = List.of("received", "resolved", "on_time", "overdue", "due_soon",
            "online", "digitised");
    /** How many years back the period choices go. */
    private static final int YEARS_BACK = 4;

    private final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.QUARTER);
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObservableList<Period> choices = FXCollections.observableArrayList();
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>();
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private LocalDate today = VietnamTime.today();
    private boolean syncing;

    public DashboardViewModel() {
        kind.addListener((o, a, k) -> {
            if (syncing || k == null) return;
            Period old = period.get();
            LocalDate anchor = old == null ? today : (old.contains(today) ? today : old.end());
            resetChoices(k);
            period.set(Period.of(k, anchor));
        });
        data.addListener((o, a, d) -> tiles.setAll(d == null ? List.of() : tiles(d)));
    }

    /** Sets the app's date; the period becomes the quarter containing it unless one was already chosen. */
    public void setToday(LocalDate date) {
        this.today = date;
        Period keep = period.get();
        resetChoices(kind.get());
        if (keep == null) period.set(Period.of(kind.get(), date));
        else if (!choices.contains(keep)) choices.add(0, keep);
    }

    /** Chooses a period (its kind follows). */
    public void choose(Period p) {
        syncing = true;
        try {
            kind.set(p.kind());
            resetChoices(p.kind());
            if (!choices.contains(p)) choices.add(0, p);
        } finally {
            syncing = false;
        }
        period.set(p);
    }

    private void resetChoices(Period.Kind k) {
        List<Period> out = new ArrayList<>();
        Period p = Period.of(k, today);
        int firstYear = today.getYear() - YEARS_BACK;
        while (p.year() >= firstYear) {
            out.add(p);
            p = p.previous();
        }
        choices.setAll(out);
    }

    public ObjectProperty<Period.Kind> kindProperty() { return kind; }

    public ObjectProperty<Period> periodProperty() { return period; }

    public ObservableList<Period> choices() { return choices; }

    public ObjectProperty<DashboardData> dataProperty() { return data; }

    public ObservableList<Tile> tiles() { return tiles; }

    public StringProperty messageProperty() { return message; }

    public LocalDate today() { return today; }

    // ---- texts

    /** "Quý 3/2024", "Tháng 09/2024", "Năm 2024": the same words as the reports and the audit trail. */
    public static String periodLabel(Period p) {
        return vn.reformdesk.io.report.pdf.ReportText.period(p);
    }

    public static String kindLabel(Period.Kind k) {
        return I18n.t("dashboard.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The seven counters of a period, formatted, with targets and the change against the previous period. */
    public static List<Tile> tiles(DashboardData d) {
        ServiceRates c = d.current();
        ServiceRates p = d.previous();
        String prev = periodLabel(d.period().previous());
        List<Tile> out = new ArrayList<>();
        out.add(count(d, "received", c.received(), p.received(), null, prev,
                I18n.t("dashboard.detail.received", Fmt.count(c.channel(vn.reformdesk.domain.dossier.Channel.ONLINE)),
                        Fmt.count(c.received() - c.channel(vn.reformdesk.domain.dossier.Channel.ONLINE))), null));
        out.add(count(d, "resolved", c.resolved(), p.resolved(), null, prev,
                I18n.t("dashboard.detail.resolved", Fmt.count(c.early() + c.onTime()), Fmt.count(c.late())), null));
        out.add(rate(d, "on_time", ServiceRates.ON_TIME, c, p, prev));
        out.add(count(d, "overdue", c.overdue(), p.overdue(), Direction.LOWER, prev,
                I18n.t("dashboard.detail.overdue", Fmt.date(d.asOf())), registerLine(d, d.registerOverdue())));
        out.add(count(d, "due_soon", c.dueSoon(), p.dueSoon(), null, prev,
                I18n.t("dashboard.detail.dueSoon", Fmt.count(c.pending()), Fmt.count(c.paused())),
                registerLine(d, d.registerDueSoon())));
        out.add(rate(d, "online", ServiceRates.ONLINE, c, p, prev));
        out.add(rate(d, "digitised", ServiceRates.DIGITISED, c, p, prev));
        return out;
    }

    private static String registerLine(DashboardData d, Integer n) {
        if (n == null || d.registerAsOf() == null) return null;
        return I18n.t("dashboard.register", Fmt.date(d.registerAsOf()), Fmt.count(n));
    }

    private static Tile count(DashboardData d, String id, long now, long before, Direction better, String prev,
                              String detail, String extra) {
        Tile.Trend trend = now > before ? Tile.Trend.UP : now < before ? Tile.Trend.DOWN : Tile.Trend.SAME;
        String amount = Fmt.count(Math.abs(now - before));
        String quality = quality(trend, better);
        String text = trendText(trend, amount, prev, quality);
        return new Tile(id, I18n.t("dashboard.tile." + id), Fmt.count(now), false, detail, null, null, trend, quality,
                text, extra);
    }

    private static Tile rate(DashboardData d, String id, String rateKey, ServiceRates c, ServiceRates p, String prev) {
        Rate now = c.rate(rateKey);
        Rate before = p.rate(rateKey);
        Double v = now.value();
        String detail = I18n.t("dashboard.detail." + id, Fmt.count(now.numerator()), Fmt.count(now.denominator()));
        Tile.Trend trend;
        String quality = "neutral";
        String text;
        if (v == null) {
            trend = Tile.Trend.NONE;
            text = Tile.Trend.NONE.arrow() + " " + I18n.t("dashboard.trend.noCurrent");
        } else if (before.value() == null) {
            trend = Tile.Trend.NONE;
            text = Tile.Trend.NONE.arrow() + " " + I18n.t("dashboard.trend.noPrevious", prev);
        } else {
            double points = Math.round((v - before.value()) * 1000) / 10.0; // percentage points, one decimal
            trend = points > 0 ? Tile.Trend.UP : points < 0 ? Tile.Trend.DOWN : Tile.Trend.SAME;
            quality = quality(trend, Direction.HIGHER);
            text = trendText(trend, I18n.t("dashboard.points", oneDecimal(Math.abs(points))), prev, quality);
        }
        String targetText = null;
        Boolean met = null;
        Optional<DashboardData.FoundTarget> found = d.rateTarget(rateKey);
        if (found.isPresent()) {
            Target t = found.get().target();
            String sign = t.direction() == Direction.HIGHER ? "≥" : "≤";
            String value = sign + " " + Fmt.percent(t.value());
            String head = found.get().ofYear() ? I18n.t("dashboard.target.ofYear", String.valueOf(d.period().year()), value)
                    : I18n.t("dashboard.target", value);
            if (v != null) {
                met = t.direction().met(v, t.value());
                targetText = head + " — " + I18n.t(met ? "dashboard.target.met" : "dashboard.target.notMet");
            } else {
                targetText = head;
            }
        }
        return new Tile(id, I18n.t("dashboard.tile." + id), Fmt.percent(v), v == null, detail, targetText, met, trend,
                quality, text, null);
    }

    /** 50 → "50,0": percentage points always with one decimal, as the rates. */
    static String oneDecimal(double v) {
        java.text.DecimalFormatSymbols sym = new java.text.DecimalFormatSymbols();
        sym.setGroupingSeparator('.');
        sym.setDecimalSeparator(',');
        return new java.text.DecimalFormat("#,##0.0", sym).format(v);
    }

    private static String quality(Tile.Trend trend, Direction better) {
        if (better == null || trend == Tile.Trend.SAME || trend == Tile.Trend.NONE) return "neutral";
        boolean up = trend == Tile.Trend.UP;
        return (up == (better == Direction.HIGHER)) ? "good" : "bad";
    }

    private static String trendText(Tile.Trend trend, String amount, String prev, String quality) {
        String word = switch (trend) {
            case UP -> I18n.t("dashboard.trend.up", amount, prev);
            case DOWN -> I18n.t("dashboard.trend.down", amount, prev);
            default -> I18n.t("dashboard.trend.same", prev);
        };
        String judged = switch (quality) {
            case "good" -> " " + I18n.t("dashboard.trend.better");
            case "bad" -> " " + I18n.t("dashboard.trend.worse");
            default -> "";
        };
        return trend.arrow() + " " + word + judged;
    }
}
