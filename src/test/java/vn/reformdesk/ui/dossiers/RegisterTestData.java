package vn.reformdesk.ui.dossiers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.dossier.Rating;
import vn.reformdesk.domain.dossier.SupplementCycle;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.DayUnit;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.procedure.SupplementRule;
import vn.reformdesk.service.AppContext;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.SettingsRepository;

/**
 * A small register for UI tests and screenshots, written through the repositories: seven procedures of a
 * Department of Industry and Trade, Tết 2026 on the calendar and 22 dossiers with every status as of 16/03/2026.
 */
public final class RegisterTestData {
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 16);
    public static final String UNIT = "H15.50.05";

    private RegisterTestData() {}

    public static List<Procedure> procedures() {
        return List.of(
                new Procedure(null, "2.000633", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh xăng dầu",
                        "Lưu thông hàng hóa trong nước", AdminLevel.PROVINCE, 15, DayUnit.WORKING, OnlineLevel.PARTIAL,
                        1_200_000, true, "Phòng Quản lý thương mại", SupplementRule.PAUSE, null),
                new Procedure(null, "1.000046", "Cấp Giấy phép bán lẻ sản phẩm rượu", "Lưu thông hàng hóa trong nước",
                        AdminLevel.COMMUNE, 10, DayUnit.WORKING, OnlineLevel.FULL, 1_200_000, false,
                        "Bộ phận một cửa xã", SupplementRule.PAUSE, null),
                new Procedure(null, "2.001254", "Đăng ký thực hiện khuyến mại", "Xúc tiến thương mại",
                        AdminLevel.PROVINCE, 3, DayUnit.WORKING, OnlineLevel.FULL, 0, false, "Phòng Quản lý thương mại",
                        SupplementRule.PAUSE, null),
                new Procedure(null, "1.003136", "Cấp Giấy phép hoạt động điện lực trong lĩnh vực phân phối điện", "Điện",
                        AdminLevel.PROVINCE, 7, DayUnit.WORKING, OnlineLevel.FULL, 800_000, true,
                        "Phòng Quản lý năng lượng", SupplementRule.RESTART, null),
                new Procedure(null, "2.000176", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
                        "An toàn thực phẩm", AdminLevel.PROVINCE, 15, DayUnit.WORKING, OnlineLevel.PARTIAL, 700_000, true,
                        "Phòng Kỹ thuật an toàn – Môi trường", SupplementRule.PAUSE, LocalTime.of(15, 0)),
                new Procedure(null, "2.000194", "Cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp",
                        "Vật liệu nổ công nghiệp", AdminLevel.DISTRICT, 3, DayUnit.WORKING, OnlineLevel.NONE, 0, true,
                        "Phòng Kỹ thuật an toàn – Môi trường", SupplementRule.PAUSE, null),
                new Procedure(null, "1.004871", "Cấp bản sao Giấy chứng nhận đủ điều kiện sản xuất hóa chất",
                        "Hóa chất", AdminLevel.PROVINCE, 0, DayUnit.WORKING, OnlineLevel.NONE, 0, false,
                        "Văn phòng Sở", SupplementRule.PAUSE, null));
    }

    public static List<CalendarDay> tet2026() {
        List<CalendarDay> out = new ArrayList<>();
        out.add(CalendarDay.holiday(LocalDate.of(2026, 1, 1), "Tết Dương lịch"));
        for (int d = 16; d <= 20; d++) out.add(CalendarDay.holiday(LocalDate.of(2026, 2, d), "Tết Nguyên đán"));
        return out;
    }

    private enum Kind { EARLY, ON_TIME, LATE, OVERDUE, OVERDUE_APOLOGY, PENDING, DUE_SOON, PAUSED, SUPPLEMENTED }

    /** Writes the procedures, the calendar, the unit code, the as-of date and the dossiers. */
    public static void seed(AppContext app) {
        RegisterService reg = app.register();
        List<Procedure> procs = new ArrayList<>();
        for (Procedure p : procedures()) procs.add(reg.procedures().save(p));
        for (CalendarDay d : tet2026()) reg.calendar().save(d);
        reg.settings().put(SettingsRepository.UNIT_CODE, UNIT);
        reg.settings().put(SettingsRepository.SAMPLE_AS_OF, AS_OF.toString());
        DeadlineCalculator calc = reg.calculator();

        String[] applicants = {"Nguyễn Văn An", "Công ty TNHH Thương mại Đức Thành", "Trần Thị Bích Ngọc",
                "Hộ kinh doanh Lê Hoàng Cường", "Công ty CP Xăng dầu Sông Hồng", "Phạm Minh Đức", "Đặng Thị Hường",
                "Công ty TNHH Điện lực Quang Minh", "Võ Văn Khánh", "HTX Nông nghiệp Tân Phú", "Bùi Thị Lan",
                "Công ty CP Thực phẩm Hòa Bình"};
        Kind[] kinds = {Kind.EARLY, Kind.OVERDUE, Kind.PENDING, Kind.ON_TIME, Kind.PAUSED, Kind.LATE, Kind.DUE_SOON,
                Kind.EARLY, Kind.OVERDUE_APOLOGY, Kind.SUPPLEMENTED, Kind.EARLY, Kind.PENDING, Kind.ON_TIME,
                Kind.DUE_SOON, Kind.EARLY, Kind.LATE, Kind.EARLY, Kind.PENDING, Kind.OVERDUE, Kind.EARLY, Kind.ON_TIME,
                Kind.EARLY};
        Channel[] channels = {Channel.ONLINE, Channel.ONLINE, Channel.DIRECT, Channel.ONLINE, Channel.POSTAL};
        List<Dossier> out = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            Kind k = kinds[i];
            Procedure p = switch (k) {
                case OVERDUE, OVERDUE_APOLOGY, PENDING -> procs.get(i % 2 == 0 ? 0 : 4);
                case DUE_SOON -> procs.get(2);
                case PAUSED, SUPPLEMENTED -> procs.get(3);
                default -> procs.get(i % 6);
            };
            LocalDate received = switch (k) {
                case EARLY, ON_TIME, LATE -> LocalDate.of(2026, 2, 2).plusDays(i);
                case OVERDUE, OVERDUE_APOLOGY -> LocalDate.of(2026, 2, 3).plusDays(i % 5);
                case PENDING -> LocalDate.of(2026, 3, 9).plusDays(i % 5);
                case DUE_SOON -> LocalDate.of(2026, 3, 11).plusDays(i % 2);
                case PAUSED, SUPPLEMENTED -> LocalDate.of(2026, 3, 2).plusDays(i % 3);
            };
            LocalDateTime at = received.atTime(7 + i % 9, (i * 13) % 60);
            String code = UNIT + "-" + received.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + String.format("%04d", 100 + i);
            Dossier d = Dossier.received(code, p.code(), applicants[i % applicants.length], channels[i % channels.length], at)
                    .withFacts(p.feeBearing() ? i % 3 != 0 : null, true, i % 4 != 0, i % 4 != 0, i % 5 == 0 ? null : i % 2 == 0,
                            null, false);
            LocalDate due = calc.compute(d, p, AS_OF).dueOn();
            switch (k) {
                case EARLY -> d = d.withResolution(calc.calendar().onOrNextWorkingDay(due.minusDays(3 + i % 3)).isBefore(received)
                        ? received : calc.calendar().onOrNextWorkingDay(due.minusDays(3 + i % 3)), Outcome.ISSUED);
                case ON_TIME -> d = d.withResolution(due, Outcome.ISSUED);
                case LATE -> d = d.withApology(due.minusDays(1), due.plusDays(4)).withResolution(due.plusDays(3), Outcome.ISSUED);
                case OVERDUE_APOLOGY -> d = d.withApology(due.minusDays(1), AS_OF.plusDays(3));
                case PAUSED -> d = d.withSupplements(List.of(new SupplementCycle(received.plusDays(2), null)));
                case SUPPLEMENTED -> d = d.withSupplements(List.of(new SupplementCycle(received.plusDays(1), received.plusDays(7))));
                default -> { }
            }
            if (d.resolved()) {
                Rating[] ratings = Rating.values();
                d = d.withFacts(d.paidOnline(), d.inputsDigitised(), d.electronicResult(), d.resultDigitised(),
                        d.reusedData(), i % 7 == 0 ? null : ratings[i % 3], i == 5);
            }
            out.add(d);
        }
        for (Dossier d : out) reg.dossiers().save(d);
    }
}
