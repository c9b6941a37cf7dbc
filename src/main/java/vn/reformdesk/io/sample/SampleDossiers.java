package vn.reformdesk.io.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.Deadline;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;

/**
 * Generates the sample department's dossiers from a fixed seed ({@link Random} is specified by the Java language,
 * so the same seed gives the same dossiers on every machine; nothing depends on the clock). As of the sample's
 * as-of date the totals are exactly those of domain.md §2: {@value #RECEIVED} received, {@value #ONLINE} online,
 * {@value #RESOLVED} resolved early or on time, {@value #IN_PROCESS} in process and not yet due, none overdue,
 * none late. Every due date comes from the real {@link DeadlineCalculator} on the sample calendar, and every
 * dossier is checked against it as it is generated.
 *
 * <p>Variation: volumes follow each procedure's weight and the season (busier before Tết and at year end, online
 * filings at weekends counted from Monday); about 5 % of dossiers go through a supplementation pause; a few are
 * rejected or withdrawn; about a quarter are rated; a handful carry a complaint or a "dissatisfied" rating;
 * fee-bearing dossiers filed online are mostly paid online; inputs are digitised and results issued
 * electronically at realistic rates.
 */
public final class SampleDossiers {
    public static final int RECEIVED = 10_732;
    public static final int ONLINE = 10_714;
    public static final int RESOLVED = 10_724;
    public static final int IN_PROCESS = 8;
    static final int DIRECT = 12;
    static final int POSTAL = RECEIVED - ONLINE - DIRECT;

    private static final double[] MONTH_FACTOR = {0, 1.15, 0.75, 0.95, 0.95, 1.0, 1.0, 0.95, 1.0, 1.05, 1.05, 1.15, 1.2};
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final Random rng;
    private final DeadlineCalculator calc;
    private final WorkingCalendar cal;
    private final LocalDate asOf;
    private final String unitCode;
    private final List<SampleProcedures.Entry> online = new ArrayList<>();
    private final List<SampleProcedures.Entry> counter = new ArrayList<>();
    private final Applicants applicants;

    private SampleDossiers(List<SampleProcedures.Entry> procedures, DeadlineCalculator calc, LocalDate asOf,
                           long seed, String unitCode) {
        this.rng = new Random(seed);
        this.calc = calc;
        this.cal = calc.calendar();
        this.asOf = asOf;
        this.unitCode = unitCode;
        this.applicants = new Applicants(rng);
        for (SampleProcedures.Entry e : procedures) {
            if (e.weight() <= 0 || e.procedure().level() != AdminLevel.PROVINCE) continue;
            if (e.procedure().onlineLevel() != OnlineLevel.NONE) online.add(e);
            // At the counter or by post: procedures not offered online are the usual ones.
            counter.add(new SampleProcedures.Entry(e.procedure(),
                    e.procedure().onlineLevel() == OnlineLevel.NONE ? e.weight() * 30 : e.weight()));
        }
    }

    /**
     * The sample's dossiers received from 1 Jan of the as-of year up to {@code asOf}, ordered by receipt, coded
     * {@code {unitCode}-{yymmdd}-{sequence of the day}}.
     */
    public static List<Dossier> generate(List<SampleProcedures.Entry> procedures, DeadlineCalculator calc,
                                         LocalDate asOf, long seed, String unitCode) {
        return new SampleDossiers(procedures, calc, asOf, seed, unitCode).generate();
    }

    private List<Dossier> generate() {
        LocalDate first = LocalDate.of(asOf.getYear(), 1, 1);
        List<LocalDate> days = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double total = 0;
        for (LocalDate d = first; !d.isAfter(asOf); d = d.plusDays(1)) {
            double w = MONTH_FACTOR[d.getMonthValue()] * (cal.isWorkingDay(d) ? 1.0 : 0.12);
            total += w;
            days.add(d);
            cumulative.add(total);
        }
        TreeSet<Integer> notOnline = new TreeSet<>();
        while (notOnline.size() < RECEIVED - ONLINE) notOnline.add(rng.nextInt(RESOLVED));
        List<Integer> notOnlineOrder = new ArrayList<>(notOnline);

        List<Dossier> out = new ArrayList<>(RECEIVED);
        for (int i = 0; i < RESOLVED; i++) {
            double x = rng.nextDouble() * total;
            int idx = java.util.Collections.binarySearch(cumulative, x);
            LocalDate day = days.get(idx >= 0 ? idx : -idx - 1);
            int pos = notOnlineOrder.indexOf(i);
            Channel channel = pos < 0 ? Channel.ONLINE : pos < DIRECT ? Channel.DIRECT : Channel.POSTAL;
            out.add(resolvedDossier(day, channel));
        }
        LocalDate from = asOf;
        for (int i = 0; i < 3; i++) from = previousWorkingDay(from);
        for (int i = 0; i < IN_PROCESS; i++) out.add(inProcessDossier(from, i == 0));
        return codes(out, unitCode);
    }

    /**
     * Working days from {@code start} to the as-of date, capped: anything more than 60 days before it has more
     * days left than any procedure needs (counting day by day over the whole year would be slow).
     */
    private int daysLeftUntilAsOf(LocalDate start) {
        if (start.plusDays(60).isBefore(asOf)) return 1_000;
        return cal.workingDaysBetween(start, asOf);
    }

    private LocalDate previousWorkingDay(LocalDate d) {
        LocalDate p = d.minusDays(1);
        while (!cal.isWorkingDay(p)) p = p.minusDays(1);
        return p;
    }

    private Dossier resolvedDossier(LocalDate day, Channel channel) {
        if (channel != Channel.ONLINE && !cal.isWorkingDay(day)) day = cal.nextWorkingDayAfter(day);
        if (day.isAfter(asOf)) day = previousWorkingDay(asOf.plusDays(1));
        LocalDateTime at = day.atTime(hour(day, channel), rng.nextInt(60), rng.nextInt(60));
        LocalDate effective = cal.onOrNextWorkingDay(day);
        int available = daysLeftUntilAsOf(effective);
        Procedure p = pick(channel == Channel.ONLINE ? online : counter, available);
        int n = p.processingDays();

        double u = rng.nextDouble();
        Outcome outcome = u < 0.005 ? Outcome.REJECTED : u < 0.007 ? Outcome.WITHDRAWN : Outcome.ISSUED;
        List<SupplementCycle> cycles = List.of();
        LocalDate resolved;
        if (outcome != Outcome.ISSUED) {
            resolved = cal.plusWorkingDays(effective, rng.nextInt(Math.min(Math.min(n, available), 3) + 1));
        } else {
            LocalDate start = effective;
            int remaining = n;
            if (n >= 3 && rng.nextDouble() < 0.05) {
                int r = 1 + rng.nextInt(n - 1);
                LocalDate requested = cal.plusWorkingDays(effective, r);
                LocalDate arrived = cal.plusWorkingDays(requested, 1 + rng.nextInt(8));
                if (cal.plusWorkingDays(arrived, n - r).isBefore(asOf)) {
                    cycles = List.of(new SupplementCycle(requested, arrived));
                    start = arrived;
                    remaining = n - r;
                }
            }
            int k;
            if (remaining == 0 || rng.nextDouble() < 0.28) {
                k = remaining;
            } else {
                k = (int) Math.floor(remaining * Math.pow(rng.nextDouble(), 1.4));
            }
            int left = daysLeftUntilAsOf(start);
            resolved = cal.plusWorkingDays(start, Math.min(k, left));
        }

        Dossier d = Dossier.received("", p.code(), applicants.next(p), channel, at).withSupplements(cycles)
                .withResolution(resolved, outcome);
        d = withFacts(d, p, channel, outcome);
        Deadline deadline = calc.compute(d, p, asOf);
        if (deadline.status() != DossierStatus.EARLY && deadline.status() != DossierStatus.ON_TIME) {
            throw new IllegalStateException("sample dossier would be " + deadline.status() + ": " + d);
        }
        return d;
    }

    private Dossier inProcessDossier(LocalDate from, boolean withSupplement) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            LocalDate day = from.plusDays(rng.nextInt((int) (asOf.toEpochDay() - from.toEpochDay()) + 1));
            LocalDateTime at = day.atTime(hour(day, Channel.ONLINE), rng.nextInt(60), rng.nextInt(60));
            Procedure p = pick(online, Integer.MAX_VALUE);
            if (p.processingDays() < 5) continue;
            List<SupplementCycle> cycles = List.of();
            LocalDate effective = cal.onOrNextWorkingDay(day);
            if (withSupplement) {
                LocalDate requested = cal.plusWorkingDays(effective, 1);
                LocalDate arrived = cal.plusWorkingDays(requested, 1);
                if (arrived.isAfter(asOf)) continue;
                cycles = List.of(new SupplementCycle(requested, arrived));
            }
            Dossier d = Dossier.received("", p.code(), applicants.next(p), Channel.ONLINE, at).withSupplements(cycles);
            d = withFacts(d, p, Channel.ONLINE, null);
            Deadline deadline = calc.compute(d, p, asOf);
            boolean notYetDue = deadline.status() == DossierStatus.PENDING || deadline.status() == DossierStatus.DUE_SOON;
            // Two working days left at least, so no apology letter is due yet.
            if (notYetDue && deadline.workingDaysLeft() >= 2) return d;
        }
        throw new IllegalStateException("cannot place an in-process sample dossier");
    }

    private Procedure pick(List<SampleProcedures.Entry> from, int maxDays) {
        double total = 0;
        for (SampleProcedures.Entry e : from) total += e.weight();
        for (int attempt = 0; attempt < 200; attempt++) {
            double x = rng.nextDouble() * total;
            for (SampleProcedures.Entry e : from) {
                x -= e.weight();
                if (x < 0) {
                    if (e.procedure().processingDays() <= maxDays) return e.procedure();
                    break;
                }
            }
        }
        return from.stream().map(SampleProcedures.Entry::procedure).filter(p -> p.processingDays() <= maxDays)
                .min(Comparator.comparingInt(Procedure::processingDays).thenComparing(Procedure::code)).orElseThrow();
    }

    private int hour(LocalDate day, Channel channel) {
        if (channel != Channel.ONLINE) return 7 + rng.nextInt(10);
        if (!cal.isWorkingDay(day)) return 7 + rng.nextInt(16);
        double u = rng.nextDouble();
        return u < 0.82 ? 7 + rng.nextInt(10) : u < 0.97 ? 17 + rng.nextInt(6) : 5 + rng.nextInt(2);
    }

    private Dossier withFacts(Dossier d, Procedure p, Channel channel, Outcome outcome) {
        boolean onlineFiled = channel == Channel.ONLINE;
        Boolean paid = null;
        if (p.feeBearing()) {
            double share = !onlineFiled ? 0 : p.onlineLevel() == OnlineLevel.FULL ? 0.93 : 0.55;
            paid = rng.nextDouble() < share;
        }
        double digitisedShare = onlineFiled ? 0.94 : channel == Channel.DIRECT ? 0.6 : 0.5;
        boolean inputs = rng.nextDouble() < digitisedShare;
        Boolean eResult = null;
        Boolean resultDigitised = null;
        Rating rating = null;
        Boolean complaint = null;
        if (outcome == Outcome.ISSUED) {
            double eShare = switch (p.onlineLevel()) {
                case FULL -> 0.97;
                case PARTIAL -> 0.88;
                case NONE -> 0.4;
            };
            eResult = rng.nextDouble() < eShare;
            resultDigitised = eResult ? rng.nextDouble() < 0.98 : rng.nextDouble() < 0.3;
            if (rng.nextDouble() < 0.24) {
                double r = rng.nextDouble();
                rating = r < 0.0016 ? Rating.DISSATISFIED : r < 0.045 ? Rating.NEUTRAL
                        : r < 0.30 ? Rating.SATISFIED : Rating.VERY_SATISFIED;
            }
            complaint = rng.nextDouble() < 0.0003;
        }
        Boolean reused = onlineFiled ? rng.nextDouble() < 0.42 : Boolean.FALSE;
        return d.withFacts(paid, inputs, eResult, resultDigitised, reused, rating, complaint);
    }

    /** Orders by receipt and gives each dossier its portal-style code: unit, day, sequence of the day. */
    static List<Dossier> codes(List<Dossier> list, String unitCode) {
        list.sort(Comparator.comparing(Dossier::receivedAt));
        Map<LocalDate, Integer> seq = new HashMap<>();
        List<Dossier> out = new ArrayList<>(list.size());
        for (Dossier d : list) {
            int n = seq.merge(d.receivedOn(), 1, Integer::sum);
            String code = unitCode + "-" + d.receivedOn().format(YYMMDD) + "-" + String.format(Locale.ROOT, "%04d", n);
            out.add(new Dossier(null, code, d.procedureCode(), d.applicant(), d.channel(), d.receivedAt(),
                    d.supplements(), d.resolvedOn(), d.outcome(), d.paidOnline(), d.inputsDigitised(),
                    d.electronicResult(), d.resultDigitised(), d.reusedData(), d.rating(), d.complaint(), null, null,
                    unitCode));
        }
        return out;
    }

    /** Realistic applicant names: companies and household businesses, or people for training certificates. */
    static final class Applicants {
        private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
                "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
        private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Đức", "Thanh", "Ngọc", "Hữu", "Quốc", "Thu",
                "Hoài", "Xuân", "Anh"};
        private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng",
                "Hương", "Khoa", "Lan", "Linh", "Long", "Mai", "Nam", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo",
                "Trang", "Tuấn", "Vy", "Yến"};
        private static final String[] KIND = {"Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV",
                "Doanh nghiệp tư nhân", "Hộ kinh doanh"};
        private static final String[] TRADE = {"Thương mại", "Thương mại và Dịch vụ", "Sản xuất và Thương mại",
                "Xăng dầu", "Thực phẩm", "Đầu tư", "Phân phối", "Điện lực", "Hóa chất", "Gas", "Siêu thị",
                "Bánh kẹo", "Đồ uống", "Xây lắp điện"};
        private static final String[] BRAND = {"Minh Phát", "Hoàng Long", "An Khang", "Phú Thịnh", "Thành Công",
                "Việt Tiến", "Sao Mai", "Trường An", "Hưng Thịnh", "Đại Việt", "Bình Minh", "Tân Phú", "Kim Ngân",
                "Hòa Bình", "Nam Sơn", "Thiên Ân", "Phước Lộc", "Quang Minh", "Hồng Hà", "Lộc Phát"};

        private final Random rng;

        Applicants(Random rng) { this.rng = rng; }

        String next(Procedure p) {
            String n = p.name();
            boolean personal = n.contains("huấn luyện") || n.contains("Thẻ") || n.contains("kiến thức");
            if (personal ? rng.nextDouble() < 0.8 : rng.nextDouble() < 0.05) return person();
            String kind = KIND[rng.nextInt(KIND.length)];
            if (kind.equals("Hộ kinh doanh")) return kind + " " + person();
            return kind + " " + TRADE[rng.nextInt(TRADE.length)] + " " + BRAND[rng.nextInt(BRAND.length)];
        }

        String person() {
            return FAMILY[rng.nextInt(FAMILY.length)] + " " + MIDDLE[rng.nextInt(MIDDLE.length)] + " "
                    + GIVEN[rng.nextInt(GIVEN.length)];
        }
    }
}
