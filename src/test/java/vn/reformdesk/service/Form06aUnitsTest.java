package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.calendar.CalendarDay;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.period.PeriodDates;
import vn.reformdesk.domain.report.Form06a;
import vn.reformdesk.domain.report.Form06aSampleTest;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.io.report.form06a.Form06aExport;
import vn.reformdesk.io.report.form06a.Form06aText;
import vn.reformdesk.io.sample.SampleDepartment;
import vn.reformdesk.io.sample.SampleLoader;
import vn.reformdesk.store.CalendarRepository;
import vn.reformdesk.store.UnitRepository;
import vn.reformdesk.support.TestDb;

/**
 * Form 06a per unit and for all units, on a register of two units: the sample department and a second department
 * ("B") holding a copy of the sample's dossiers of 2024 received in a month ending in an odd number, coded apart,
 * online ones turned in person, on a calendar with two more days off of its own (so its deadlines differ). The
 * all-units table is the sum of the per-unit tables cell by cell, and the form's sums hold for each unit.
 */
class Form06aUnitsTest {
    @TempDir
    static Path dir;
    static AppContext ctx;
    static final String A = SampleDepartment.UNIT_CODE;
    static final String B = "000.00.21.H15";

    @BeforeAll
    static void twoUnits() throws Exception {
        ctx = TestDb.context(dir);
        SampleLoader.load(ctx.database(), (f, m) -> { });
        new UnitRepository(ctx.database()).upsert(new Unit(B, "Sở Thử nghiệm B", UnitKind.DEPARTMENT, null));
        CalendarRepository calendarB = new CalendarRepository(ctx.database(), B);
        calendarB.save(CalendarDay.holiday(LocalDate.of(2024, 3, 11), "Nghỉ riêng của sở B"));
        calendarB.save(CalendarDay.holiday(LocalDate.of(2024, 10, 7), "Nghỉ riêng của sở B"));
        List<Dossier> copies = new ArrayList<>();
        for (Dossier d : ctx.register().dossiers().findAll()) {
            if (d.receivedOn().getYear() != 2024 || d.receivedOn().getMonthValue() % 2 == 0) continue;
            Dossier b = Dossier.received("B-" + d.code(), d.procedureCode(), d.applicant(),
                    d.channel() == Channel.ONLINE ? Channel.DIRECT : d.channel(), d.receivedAt());
            if (d.resolvedOn() != null) b = b.withResolution(d.resolvedOn(), d.outcome());
            copies.add(b.withUnit(B));
        }
        try (Connection c = ctx.database().connection()) {
            c.setAutoCommit(false);
            ctx.register().dossiers().saveAll(c, copies);
            c.commit();
        }
        assertThat(copies).hasSizeGreaterThan(1000);
    }

    @AfterAll
    static void close() { ctx.close(); }

    static Form06aService.Result form(UnitScope scope, Period p, PeriodDates dates) {
        return Form06aService.compute(ctx.register(), scope, p, dates, SampleDepartment.AS_OF);
    }

    @Test
    void allUnitsIsTheSumOfEachUnitCellByCellAndEachUnitsSumsHold() {
        List<Period> periods = new ArrayList<>();
        for (int m = 1; m <= 12; m++) periods.add(Period.month(2024, m));
        for (String p : List.of("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-H1", "2024-H2", "2024-9M", "2024")) {
            periods.add(Period.parse(p));
        }
        for (PeriodDates dates : PeriodDates.values()) {
            for (Period p : periods) {
                if (dates == PeriodDates.CALENDAR && p.kind() == Period.Kind.MONTH && p.number() > 3) continue; // time
                Form06a all = form(UnitScope.ALL, p, dates).form();
                Form06a a = form(UnitScope.of(A), p, dates).form();
                Form06a b = form(UnitScope.of(B), p, dates).form();
                Form06aSampleTest.checkSums(a);
                Form06aSampleTest.checkSums(b);
                Form06aSampleTest.checkSums(all);
                assertThat(all.rows()).hasSameSizeAs(a.rows()).hasSameSizeAs(b.rows());
                for (Form06a.Row row : all.rows()) {
                    Form06a.Counts ra = a.row(row.level(), row.field()).orElseThrow().counts();
                    Form06a.Counts rb = b.row(row.level(), row.field()).orElseThrow().counts();
                    for (Form06a.Column c : Form06a.Column.values()) {
                        assertThat(row.counts().get(c)).as("%s %s %s %s %s", p, dates, row.level(), row.field(), c)
                                .isEqualTo(ra.get(c) + rb.get(c));
                    }
                }
                for (Form06a.Column c : Form06a.Column.values()) {
                    assertThat(all.total().get(c)).as("%s %s total %s", p, dates, c)
                            .isEqualTo(a.total().get(c) + b.total().get(c));
                }
                if (p.kind() == Period.Kind.MONTH && p.end().getYear() == 2024 && p.number() < 12) {
                    Form06a nextB = form(UnitScope.of(B), p.next(), dates).form(); // B's open dossiers go on in B
                    assertThat(nextB.total().get(Form06a.Column.CARRIED_OVER)).as("%s %s", p, dates)
                            .isEqualTo(b.total().get(Form06a.Column.IN_PROCESS));
                }
            }
        }
        // B has no online dossiers of its own; its own calendar moved some deadlines (it is not A's table halved)
        Form06a year = form(UnitScope.of(B), Period.year(2024), PeriodDates.OFFICIAL).form();
        assertThat(year.total().get(Form06a.Column.ONLINE)).isZero();
        assertThat(year.total().get(Form06a.Column.RECEIVED)).isPositive();
    }

    @Test
    void theHeadingAndTheJsonNameTheUnit() {
        Period q4 = Period.parse("2024-Q4");
        Form06aService.Result one = form(UnitScope.of(B), q4, PeriodDates.OFFICIAL);
        assertThat(one.units()).extracting(Unit::code).containsExactly(B);
        assertThat(Form06aText.unitLine(one)).isEqualTo("Đơn vị báo cáo: Sở Thử nghiệm B");
        assertThat(Form06aExport.jsonTree(one).get("unit")).isEqualTo(B);
        Form06aService.Result all = form(UnitScope.ALL, q4, PeriodDates.OFFICIAL);
        assertThat(all.units()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Form06aText.unitLine(all)).isEqualTo("Đơn vị báo cáo: tổng hợp " + all.units().size() + " đơn vị");
        assertThat(Form06aExport.jsonTree(all)).containsEntry("unit", null);
    }

    /** The period report's form 06a page adds up every unit, as the all-units form does, and says so. */
    @Test
    void thePeriodReportPdfAddsUpEveryUnit() throws Exception {
        Period q4 = Period.parse("2024-Q4");
        var m = vn.reformdesk.io.report.pdf.ReportModel.load(ctx, q4, SampleDepartment.AS_OF,
                vn.reformdesk.io.ProgressListener.NONE);
        assertThat(m.form06a().form()).isEqualTo(form(UnitScope.ALL, q4, PeriodDates.OFFICIAL).form());
        assertThat(vn.reformdesk.io.report.pdf.ReportPdfTest.page06a(vn.reformdesk.io.report.pdf.ReportPdf.render(m)))
                .contains("Đơnvịbáocáo:tổnghợp" + m.form06a().units().size() + "đơnvị");
    }
}
