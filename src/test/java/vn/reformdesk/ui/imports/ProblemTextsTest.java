package vn.reformdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.reformdesk.io.table.ImportProblem;
import vn.reformdesk.ui.common.I18n;

/** Commune staff read import problems in Vietnamese; file, line, column and value stay as they are. */
class ProblemTextsTest {
    @AfterEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    @Test
    void vietnameseKeepsFileLineColumnAndValue() {
        I18n.setLocale(new Locale("vi"));
        assertThat(ProblemTexts.text(new ImportProblem("procedures.csv", 2, "processing_days", "must be 0 or more", "-3")))
                .isEqualTo("procedures.csv:2: cột processing_days: phải từ 0 trở lên (-3)");
        assertThat(ProblemTexts.text(new ImportProblem("dossiers.csv", 7, "code", "duplicate code, already on line 3", "D1")))
                .isEqualTo("dossiers.csv:7: cột code: trùng code, đã có ở dòng 3 (D1)");
        assertThat(ProblemTexts.text(new ImportProblem("dossiers.csv", 1, null,
                "the file is empty: no header row (expected code,channel)", null)))
                .isEqualTo("dossiers.csv:1: tệp trống, không có dòng tiêu đề (cần các cột: code,channel)");
        assertThat(ProblemTexts.text(new ImportProblem("procedures.csv", 3, "cutoff",
                "expected an hour HH:mm (e.g. 15:00) or none", "25:00")))
                .isEqualTo("procedures.csv:3: cột cutoff: phải là giờ dạng HH:mm (ví dụ 15:00) hoặc none (25:00)");
        // a message without a translation stays as the importer wrote it
        assertThat(ProblemTexts.text(new ImportProblem("x.csv", 4, "name", "something new", "v")))
                .isEqualTo("x.csv:4: column name: something new (v)");
    }

    @Test
    void englishIsTheImportersOwnLine() {
        I18n.setLocale(Locale.ENGLISH);
        ImportProblem p = new ImportProblem("procedures.csv", 2, "processing_days", "must be 0 or more", "-3");
        assertThat(ProblemTexts.text(p)).isEqualTo(p.toString());
    }
}
