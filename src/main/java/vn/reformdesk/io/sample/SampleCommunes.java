package vn.reformdesk.io.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.reformdesk.domain.calendar.CalendarOverrides;
import vn.reformdesk.domain.calendar.WorkingCalendar;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.deadline.DeadlineSettings;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;

/**
 * The small registers of the sample province's 75 communes and wards for 2024 up to {@link SampleProvince#AS_OF}
 * (<b>illustrative</b>): the commune-level procedures every commune shares, and 25–99 dossiers per commune
 * generated from a fixed seed with the real deadline rules on the default calendar. Each commune has its own
 * profile (online share, share resolved late, a few dossiers left overdue, digitisation), so the computed rankings
 * differ from one measure to the next. A few thousand dossiers in all: generated in well under a second.
 */
public record SampleCommunes(List<Procedure> procedures, List<Dossier> dossiers) {
    public static final long SEED = 7_662_075L;

    /** The commune-level procedures (names as in the national database; codes and fees illustrative). */
    public static List<Procedure> communeProcedures() {
        String ht = "Hộ tịch", ct = "Chứng thực", btxh = "Bảo trợ xã hội";
        List<Procedure> out = new ArrayList<>();
        out.add(p("2.000001", "Đăng ký khai sinh", ht, 0, OnlineLevel.FULL, 0));
        out.add(p("2.000002", "Đăng ký kết hôn", ht, 0, OnlineLevel.PARTIAL, 0));
        out.add(p("2.000003", "Đăng ký khai tử", ht, 0, OnlineLevel.FULL, 0));
        out.add(p("2.000004", "Cấp bản sao trích lục hộ tịch", ht, 0, OnlineLevel.FULL, 8_000));
        out.add(p("2.000005", "Cấp Giấy xác nhận tình trạng hôn nhân", ht, 3, OnlineLevel.FULL, 0));
        out.add(p("2.000006", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", ht, 3, OnlineLevel.PARTIAL, 0));
        out.add(p("2.000007", "Đăng ký giám hộ", ht, 3, OnlineLevel.PARTIAL, 0));
        out.add(p("2.000008", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", ct, 0, OnlineLevel.NONE, 2_000));
        out.add(p("2.000009", "Chứng thực chữ ký trong các giấy tờ, văn bản", ct, 0, OnlineLevel.NONE, 10_000));
        out.add(p("2.000010", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", ct, 2,
                OnlineLevel.NONE, 50_000));
        out.add(p("2.000011", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", btxh, 3, OnlineLevel.PARTIAL, 0));
        out.add(p("2.000012", "Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", btxh, 10,
                OnlineLevel.PARTIAL, 0));
        return out;
    }

    private static final double[] WEIGHTS = {30, 6, 4, 8, 6, 3, 1, 25, 10, 3, 2, 2};

    private static Procedure p(String code, String name, String field, int days, OnlineLevel online, long fee) {
        return new Procedure(null, code, name, field, AdminLevel.COMMUNE, days, null, online, fee, true,
                "Bộ phận Một cửa", null, null);
    }

    /** Every commune's register, on the calendar every database has by default. */
    public static SampleCommunes build() {
        DeadlineCalculator calc = new DeadlineCalculator(CalendarOverrides.none().workingCalendar(),
                DeadlineSettings.DEFAULT);
        List<Procedure> procedures = communeProcedures();
        List<Dossier> all = new ArrayList<>();
        int i = 0;
        for (Unit u : SampleProvince.units(UnitKind.COMMUNE)) {
            all.addAll(register(u.code(), procedures, calc, SampleProvince.AS_OF, SEED + 1_000L * i++));
        }
        return new SampleCommunes(procedures, all);
    }

    /** The dossiers of one commune. */
    public List<Dossier> of(String unitCode) {
        return dossiers.stream().filter(d -> unitCode.equals(d.unitCode())).toList();
    }

    static List<Dossier> register(String unitCode, List<Procedure> procedures, DeadlineCalculator calc, LocalDate asOf,
                                  long seed) {
        Random rng = new Random(seed);
        WorkingCalendar cal = calc.calendar();
        int n = 25 + rng.nextInt(75);
        double onlineShare = 0.2 + 0.7 * rng.nextDouble();
        double lateShare = rng.nextDouble() < 0.3 ? 0 : 0.1 * rng.nextDouble();
        int overdue = Math.max(0, rng.nextInt(5) - 1);
        int pending = rng.nextInt(3);
        double digitisedShare = 0.45 + 0.5 * rng.nextDouble();
        SampleDossiers.Applicants names = new SampleDossiers.Applicants(rng);
        LocalDate first = LocalDate.of(asOf.getYear(), 1, 2);
        int span = (int) (asOf.minusDays(30).toEpochDay() - first.toEpochDay());
        List<Dossier> out = new ArrayList<>();
        for (int j = 0; j < n + pending; j++) {
            boolean open = j < overdue || j >= n;
            Procedure p = pick(procedures, rng);
            LocalDate day;
            if (j >= n) { // pending: received in the last days, under a procedure with time left
                while (p.processingDays() < 3) p = pick(procedures, rng);
                day = asOf.minusDays(rng.nextInt(2));
            } else {
                day = first.plusDays(rng.nextInt(span));
            }
            day = cal.onOrNextWorkingDay(day);
            Channel channel = p.onlineLevel() != OnlineLevel.NONE && rng.nextDouble() < onlineShare ? Channel.ONLINE
                    : Channel.DIRECT;
            LocalDateTime at = day.atTime(7 + rng.nextInt(10), rng.nextInt(60));
            Dossier d = Dossier.received("", p.code(), names.person(), channel, at);
            LocalDate effective = calc.effectiveReceivedOn(at, p);
            LocalDate due = calc.compute(d, p, asOf).dueOn();
            DossierStatus expected;
            if (!open) {
                LocalDate resolved;
                if (rng.nextDouble() < lateShare) {
                    resolved = cal.plusWorkingDays(due, 1 + rng.nextInt(3));
                    expected = DossierStatus.LATE;
                } else {
                    resolved = cal.plusWorkingDays(effective, rng.nextInt(p.processingDays() + 1));
                    expected = null; // early or on time
                }
                d = d.withResolution(resolved, Outcome.ISSUED);
                boolean inputs = rng.nextDouble() < digitisedShare;
                boolean electronic = rng.nextDouble() < Math.min(1, digitisedShare + 0.08);
                Rating rating = rng.nextDouble() < 0.2 ? (rng.nextDouble() < 0.7 ? Rating.VERY_SATISFIED : Rating.SATISFIED)
                        : null;
                Boolean paid = p.feeBearing() ? channel == Channel.ONLINE && rng.nextDouble() < 0.7 : null;
                d = d.withFacts(paid, inputs, electronic, electronic, channel == Channel.ONLINE && rng.nextDouble() < 0.3,
                        rating, false);
            } else {
                expected = j < overdue ? DossierStatus.OVERDUE : null;
                d = d.withFacts(null, rng.nextDouble() < digitisedShare, null, null, false, null, null);
            }
            DossierStatus got = calc.compute(d, p, asOf).status();
            boolean ok = expected == null
                    ? (open ? got == DossierStatus.PENDING || got == DossierStatus.DUE_SOON
                            : got == DossierStatus.EARLY || got == DossierStatus.ON_TIME)
                    : got == expected;
            if (!ok) throw new IllegalStateException("sample commune dossier would be " + got + ": " + d);
            out.add(d);
        }
        return SampleDossiers.codes(out, unitCode);
    }

    private static Procedure pick(List<Procedure> procedures, Random rng) {
        double total = 0;
        for (double w : WEIGHTS) total += w;
        double x = rng.nextDouble() * total;
        for (int i = 0; i < procedures.size(); i++) {
            x -= WEIGHTS[i];
            if (x < 0) return procedures.get(i);
        }
        return procedures.get(procedures.size() - 1);
    }
}
