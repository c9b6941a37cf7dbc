package vn.reformdesk.io.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.reformdesk.domain.index.Direction;
import vn.reformdesk.domain.index.Framework;
import vn.reformdesk.domain.index.Score;
import vn.reformdesk.domain.index.ServiceRates;
import vn.reformdesk.domain.index.Target;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;

/**
 * The sample province of domain.md §6 (the seed articles' Sơn La): the province, its 20 departments (real names),
 * its 12 former districts and 75 communes and wards, with the 2024 scores the province ranks them by.
 *
 * <p>What comes from the sources: departments' PAR 2024 average 89.05 with nine above it and the Department of
 * Transport first with 96.76; districts' PAR average 87.82 with Son La city first with 91.34; departments' SIPAS
 * average 94.97 % with 19 of 20 at 90 % or more and the Committee for Ethnic Affairs first with 98.49 %; districts'
 * SIPAS average 95.05 %; 75 communes and wards. <b>Everything else is illustrative</b> and marked so in each score's
 * note: each other unit's own score (made up so that the averages, counts and first units are exactly the sources'),
 * the unit codes (national format, not the real codes), the targets, the departments' Decision 766 totals, the
 * communes' names (places of the province; not the official list of the 2025 arrangement) and their registers
 * ({@link SampleCommunes}).
 *
 * <p>PAR scores of departments are kept under the department framework ({@code par_department}), those of districts
 * under {@code par}, as {@link vn.reformdesk.domain.unit.UnitMeasure#frameworkFor} reads them.
 */
public final class SampleProvince {
    public static final String NAME = "Tỉnh Sơn La (tỉnh mẫu)";
    public static final String CODE = "000.00.00.H15";
    /** The date the figures hold on: the sample department's. */
    public static final LocalDate AS_OF = SampleDepartment.AS_OF;
    public static final String YEAR = "2024";
    public static final String ILLUSTRATIVE = "illustrative";
    public static final String FROM_SOURCES = "from the sources";

    /** A score of one unit. */
    public record UnitScore(String unitCode, Score score) {}

    /** A target on a computed figure of one unit. */
    public record UnitTarget(String unitCode, Target target) {}

    /** A department: name, PAR 2024, SIPAS 2024 (%), the Decision 766 total of 2024 (illustrative). */
    private record Dept(int no, String name, double par, double sipas, double service766) {}

    private record District(int no, String name, double par, double sipas) {}

    private static final List<Dept> DEPARTMENTS = List.of(
            new Dept(1, "Sở Nội vụ", 94.12, 97.80, 88.61),
            new Dept(2, "Sở Tư pháp", 93.48, 97.85, 90.12),
            new Dept(3, "Sở Kế hoạch và Đầu tư", 92.85, 96.90, 89.47),
            new Dept(4, "Sở Tài chính", 91.97, 96.54, 84.30),
            new Dept(5, "Sở Giao thông vận tải", 96.76, 97.32, 91.85),
            new Dept(6, "Sở Thông tin và Truyền thông", 91.20, 96.18, 87.02),
            new Dept(7, "Sở Tài nguyên và Môi trường", 90.64, 95.31, 79.64),
            new Dept(8, "Ban Dân tộc", 90.11, 98.49, 82.15),
            new Dept(9, "Văn phòng Ủy ban nhân dân tỉnh", 89.53, 95.87, 86.40),
            new Dept(10, "Sở Xây dựng", 88.47, 94.21, 83.76),
            new Dept(11, "Sở Y tế", 87.95, 94.50, 80.92),
            new Dept(12, "Sở Giáo dục và Đào tạo", 87.30, 94.82, 85.18),
            new Dept(13, "Sở Nông nghiệp và Phát triển nông thôn", 86.88, 93.40, 81.37),
            new Dept(14, "Sở Lao động - Thương binh và Xã hội", 86.21, 93.86, 84.95),
            new Dept(15, "Sở Văn hóa, Thể thao và Du lịch", 85.74, 92.95, 83.08),
            new Dept(16, "Sở Khoa học và Công nghệ", 85.02, 95.05, 85.66),
            new Dept(17, "Thanh tra tỉnh", 84.36, 92.37, 78.43),
            new Dept(18, "Sở Ngoại vụ", 83.59, 91.62, 80.11),
            new Dept(19, "Ban Quản lý các khu công nghiệp tỉnh", 85.92, 88.76, 79.20),
            // the sample department's own code, so both samples name the same unit alike
            new Dept(20, "Sở Công Thương", 88.90, 95.60, 86.94));

    private static final List<District> DISTRICTS = List.of(
            new District(1, "Thành phố Sơn La", 91.34, 97.62),
            new District(2, "Huyện Quỳnh Nhai", 86.38, 93.95),
            new District(3, "Huyện Thuận Châu", 88.41, 95.17),
            new District(4, "Huyện Mường La", 86.93, 94.36),
            new District(5, "Huyện Bắc Yên", 85.71, 93.47),
            new District(6, "Huyện Phù Yên", 87.96, 95.51),
            new District(7, "Huyện Mộc Châu", 90.27, 96.88),
            new District(8, "Huyện Yên Châu", 89.02, 95.93),
            new District(9, "Huyện Mai Sơn", 89.65, 96.40),
            new District(10, "Huyện Sông Mã", 84.85, 92.71),
            new District(11, "Huyện Sốp Cộp", 85.82, 93.80),
            new District(12, "Huyện Vân Hồ", 87.50, 94.80));

    private static final List<String> WARDS = List.of("Tô Hiệu", "Chiềng An", "Chiềng Cơi", "Chiềng Sinh", "Mộc Châu",
            "Mộc Sơn", "Vân Sơn", "Thảo Nguyên");

    private static final List<String> COMMUNES = List.of("Chiềng Ngần", "Hua La", "Chiềng Cọ", "Chiềng Đen",
            "Chiềng Xôm", "Quỳnh Nhai", "Mường Chiên", "Mường Giôn", "Mường Sại", "Thuận Châu", "Chiềng La", "Nậm Lầu",
            "Muổi Nọi", "Mường Khiêng", "Co Mạ", "Bình Thuận", "Mường É", "Long Hẹ", "Mường La", "Chiềng Lao",
            "Mường Bú", "Chiềng Hoa", "Bắc Yên", "Tà Xùa", "Tạ Khoa", "Xím Vàng", "Pắc Ngà", "Chiềng Sại", "Phù Yên",
            "Gia Phù", "Tường Hạ", "Mường Cơi", "Mường Bang", "Tân Phong", "Kim Bon", "Yên Châu", "Chiềng Hặc",
            "Lóng Phiêng", "Yên Sơn", "Chiềng Mai", "Mai Sơn", "Phiêng Pằn", "Chiềng Mung", "Phiêng Cằm",
            "Mường Chanh", "Tà Hộc", "Chiềng Sung", "Chiềng Khương", "Mường Hung", "Chiềng Khoong", "Mường Lầm",
            "Nậm Ty", "Sông Mã", "Huổi Một", "Chiềng Sơ", "Sốp Cộp", "Púng Bánh", "Mường Lèo", "Vân Hồ",
            "Song Khủa", "Tô Múa", "Xuân Nha", "Lóng Sập", "Chiềng Sơn", "Đoàn Kết", "Tân Yên", "Mường Lạn");

    public static final int DEPARTMENT_COUNT = 20;
    public static final int DISTRICT_COUNT = 12;
    public static final int COMMUNE_COUNT = 75;

    private SampleProvince() {}

    public static Unit province() { return new Unit(CODE, NAME, UnitKind.PROVINCE, null); }

    public static String departmentCode(int no) { return String.format(Locale.ROOT, "000.00.%02d.H15", no); }

    public static String districtCode(int no) { return String.format(Locale.ROOT, "000.%02d.00.H15", 30 + no); }

    public static String communeCode(int no) { return String.format(Locale.ROOT, "000.00.%03d.H15", 100 + no); }

    /** The province, then its departments, districts and communes and wards (in the order of the lists above). */
    public static List<Unit> units() {
        List<Unit> out = new ArrayList<>();
        out.add(province());
        for (Dept d : DEPARTMENTS) out.add(new Unit(departmentCode(d.no()), d.name(), UnitKind.DEPARTMENT, CODE));
        for (District d : DISTRICTS) out.add(new Unit(districtCode(d.no()), d.name(), UnitKind.DISTRICT, CODE));
        int no = 1;
        for (String w : WARDS) out.add(new Unit(communeCode(no++), "Phường " + w, UnitKind.COMMUNE, CODE));
        for (String c : COMMUNES) out.add(new Unit(communeCode(no++), "Xã " + c, UnitKind.COMMUNE, CODE));
        return out;
    }

    public static List<Unit> units(UnitKind kind) { return units().stream().filter(u -> u.kind() == kind).toList(); }

    /** The 2024 totals the province ranks its units by, each with its target and a note saying what is illustrative. */
    public static List<UnitScore> scores() {
        List<UnitScore> out = new ArrayList<>();
        for (Dept d : DEPARTMENTS) {
            String code = departmentCode(d.no());
            boolean transport = d.no() == 5;
            boolean ethnic = d.no() == 8;
            out.add(total(code, Framework.PAR_DEPARTMENT, d.par(), 90.0, transport
                    ? "first of the departments (" + FROM_SOURCES + "); target " + ILLUSTRATIVE
                    : ILLUSTRATIVE + " (the average 89.05 and nine above it are " + FROM_SOURCES + ")"));
            out.add(total(code, Framework.SIPAS, d.sipas(), 90.0, ethnic
                    ? "first of the departments (" + FROM_SOURCES + ")"
                    : ILLUSTRATIVE + " (the average 94.97 % and 19 of 20 at 90 % or more are " + FROM_SOURCES + ")"));
            out.add(total(code, Framework.SERVICE_766, d.service766(), 85.0, ILLUSTRATIVE));
        }
        for (District d : DISTRICTS) {
            String code = districtCode(d.no());
            out.add(total(code, Framework.PAR, d.par(), 88.0, d.no() == 1
                    ? "first of the districts (" + FROM_SOURCES + ")"
                    : ILLUSTRATIVE + " (the average 87.82 is " + FROM_SOURCES + ")"));
            out.add(total(code, Framework.SIPAS, d.sipas(), 90.0,
                    ILLUSTRATIVE + " (the average 95.05 % is " + FROM_SOURCES + ")"));
        }
        return out;
    }

    /** Each commune's targets on its computed figures for the year (illustrative): on time ≥ 95 %, online ≥ 50 %, digitised ≥ 80 %. */
    public static List<UnitTarget> targets() {
        List<UnitTarget> out = new ArrayList<>();
        for (Unit u : units(UnitKind.COMMUNE)) {
            out.add(new UnitTarget(u.code(), note(Target.rate(ServiceRates.ON_TIME, YEAR, 0.95, Direction.HIGHER))));
            out.add(new UnitTarget(u.code(), note(Target.rate(ServiceRates.ONLINE, YEAR, 0.5, Direction.HIGHER))));
            out.add(new UnitTarget(u.code(), note(Target.rate(ServiceRates.DIGITISED, YEAR, 0.8, Direction.HIGHER))));
        }
        return out;
    }

    /** The ranking of one kind of unit by an entered measure from these scores, as a loaded database gives it. */
    public static vn.reformdesk.domain.unit.UnitRanking ranking(vn.reformdesk.domain.unit.UnitMeasure m, UnitKind kind) {
        List<vn.reformdesk.domain.unit.UnitRanking.Input> in = new ArrayList<>();
        String framework = m.frameworkFor(kind);
        for (Unit u : units(kind)) {
            Score s = scores().stream().filter(x -> x.unitCode().equals(u.code())
                    && x.score().framework().equals(framework)).map(UnitScore::score).findFirst().orElse(null);
            in.add(new vn.reformdesk.domain.unit.UnitRanking.Input(u, s == null ? null : s.official(),
                    s == null ? null : s.target()));
        }
        return vn.reformdesk.domain.unit.UnitRanking.rank(m, in);
    }

    private static Target note(Target t) {
        return new Target(t.kind(), t.subject(), t.period(), t.value(), t.direction(), ILLUSTRATIVE);
    }

    private static UnitScore total(String unit, String framework, double score, double target, String note) {
        return new UnitScore(unit, new Score(framework, YEAR, "total", score, null, target, Direction.HIGHER, null,
                null, note));
    }
}
