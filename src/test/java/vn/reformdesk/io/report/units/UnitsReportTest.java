package vn.reformdesk.io.report.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.unit.Unit;
import vn.reformdesk.domain.unit.UnitKind;
import vn.reformdesk.domain.unit.UnitMeasure;
import vn.reformdesk.domain.unit.UnitRanking;
import vn.reformdesk.io.sample.SampleProvince;
import vn.reformdesk.ui.common.I18n;

/** The three formats of {@code report --units} on the sample province's departments (PAR 2024). */
class UnitsReportTest {
    static UnitsReport par() {
        return new UnitsReport(Period.parse("2024"), UnitKind.DEPARTMENT, UnitMeasure.PAR, SampleProvince.AS_OF,
                SampleProvince.NAME, SampleProvince.ranking(UnitMeasure.PAR, UnitKind.DEPARTMENT));
    }

    @AfterEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasExactlyTheKeysOfFormatsMd() throws Exception {
        String json = new String(par().render("json"), StandardCharsets.UTF_8);
        Map<String, Object> tree = par().jsonTree();
        assertThat(tree.keySet()).containsExactly("period", "framework", "kind", "average", "above_average", "units");
        assertThat(tree.get("period")).isEqualTo("2024");
        assertThat(tree.get("framework")).isEqualTo("par");
        assertThat(tree.get("kind")).isEqualTo("department");
        assertThat(tree.get("average")).isEqualTo(89.05);
        assertThat(tree.get("above_average")).isEqualTo(9);
        List<Map<String, Object>> units = (List<Map<String, Object>>) tree.get("units");
        assertThat(units).hasSize(20);
        assertThat(units.get(0).keySet()).containsExactly("code", "name", "kind", "score", "target", "rank");
        assertThat(units.get(0)).containsEntry("name", "Sở Giao thông vận tải").containsEntry("score", 96.76)
                .containsEntry("rank", 1).containsEntry("kind", "department").containsEntry("target", 90.0);
        assertThat(json).contains("\"average\": 89.05,").contains("\"above_average\": 9,");
    }

    @Test
    void unitsWithoutDataAreNullNotZero() {
        Unit a = new Unit("A", "Xã A", UnitKind.COMMUNE, null);
        Unit b = new Unit("B", "Xã B", UnitKind.COMMUNE, null);
        UnitRanking r = UnitRanking.rank(UnitMeasure.COMPUTED_766, List.of(new UnitRanking.Input(a, null, null),
                new UnitRanking.Input(b, 40.123, 45.0)));
        UnitsReport report = new UnitsReport(Period.parse("2024-Q3"), UnitKind.COMMUNE, UnitMeasure.COMPUTED_766,
                SampleProvince.AS_OF, null, r);
        String json = vn.reformdesk.io.json.Json.write(report.jsonTree());
        assertThat(json).contains("\"framework\": \"computed\"").contains("\"average\": 40.12")
                .contains("\"score\": null").contains("\"rank\": null").contains("\"score\": 40.12");
        assertThat(json.indexOf("\"B\"")).isLessThan(json.indexOf("\"A\""));
    }

    @Test
    void xlsxHoldsEveryUnitAsNumbers() throws Exception {
        byte[] bytes = par().render("xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Xếp hạng đơn vị — Chỉ số CCHC (PAR)");
            Row first = rows.stream().filter(r -> "Sở Giao thông vận tải".equals(r.getCellText(2))).findFirst().orElseThrow();
            assertThat(first.getCellAsNumber(0)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1));
            assertThat(first.getCellText(2)).isEqualTo("Sở Giao thông vận tải");
            assertThat(first.getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(96.76));
            assertThat(rows.stream().map(r -> r.getCellText(0)).toList())
                    .contains("Trung bình: 89,05 (20 đơn vị có số liệu)", "Trên mức trung bình: 9/20 đơn vị",
                            "Đứng đầu: Sở Giao thông vận tải (96,76)");
        }
    }

    @Test
    void pdfInEnglish() throws Exception {
        I18n.setLocale(Locale.ENGLISH);
        byte[] bytes = par().render("pdf");
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Units ranked — PAR Index").contains("Average: 89.05".replace('.', ','))
                .contains("Above the average: 9 of 20 units").contains("Sở Giao thông vận tải");
        reader.close();
    }
}
