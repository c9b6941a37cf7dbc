package vn.reformdesk.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.DossierStatus;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.domain.unit.UnitScope;
import vn.reformdesk.service.DossierRow;
import vn.reformdesk.service.RegisterService;
import vn.reformdesk.store.Database;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;
import vn.reformdesk.ui.common.I18n;

/** The dossier list read page by page into its view model (no controls), on a real register of each engine. */
class DossiersPagingTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
    static final DossierPages.Query ALL = new DossierPages.Query(UnitScope.ALL, null, null, null);

    @TempDir
    Path dir;

    @BeforeEach
    void vietnamese() { I18n.setLocale(new Locale("vi")); }

    /** 23 dossiers, three at a time received at the same minute (ties the keyset breaks by id); every third resolved. */
    private static RegisterService seed(Database db) {
        RegisterService reg = new RegisterService(db);
        reg.procedures().save(Procedure.of("P1", "Cấp phép", AdminLevel.PROVINCE, 3, OnlineLevel.FULL));
        reg.procedures().save(Procedure.of("P2", "Đăng ký", AdminLevel.PROVINCE, 30, OnlineLevel.FULL));
        for (int i = 0; i < 23; i++) {
            LocalDateTime at = LocalDateTime.of(2026, 3, 2, 8, 0).plusDays(i / 3);
            Dossier d = Dossier.received(String.format("HS-%02d", i), i % 2 == 0 ? "P1" : "P2",
                    i % 4 == 0 ? "Nguyễn Văn " + i : "Trần Thị " + i, Channel.ONLINE, at);
            if (i % 3 == 0) d = d.withResolution(at.toLocalDate().plusDays(1), Outcome.ISSUED);
            reg.dossiers().save(d);
        }
        return reg;
    }

    /** Every dossier with its deadline, in the list's order (newest first, ties by id, newest id first). */
    private static List<DossierRow> expected(RegisterService reg) {
        return reg.rowsAsOf(AS_OF).stream().sorted(Comparator.comparing((DossierRow r) -> r.dossier().receivedAt())
                .thenComparing(r -> r.dossier().id()).reversed()).toList();
    }

    private static List<String> codes(List<DossierRow> rows) { return rows.stream().map(r -> r.dossier().code()).toList(); }

    /** Reads the pages after the loaded rows until the last one. */
    private static void readToTheEnd(RegisterService reg, DossiersViewModel vm, DossierPages.Page first, int size) {
        var after = first.lastKey();
        while (!vm.complete()) {
            DossierPages.Page p = DossierPages.next(reg, ALL, AS_OF, after, size, reg.calculators());
            vm.appendPage(p.prepared(), p.last());
            if (p.lastKey() != null) after = p.lastKey();
        }
    }

    @BothEngines
    void pagesFillTheListInOrderAcrossTiesAndTheFiltersCoverEveryPage(DbKind kind) {
        try (Database db = kind.open(dir)) {
            RegisterService reg = seed(db);
            List<DossierRow> all = expected(reg);
            DossiersViewModel vm = new DossiersViewModel();
            DossierPages.Page first = DossierPages.first(reg, ALL, AS_OF, 5, reg.calculators());
            vm.setData(first.prepared(), reg.procedures().findAll(), first.last());
            assertThat(vm.complete()).isFalse();
            assertThat(codes(vm.rows())).isEqualTo(codes(all.subList(0, 5)));
            assertThat(vm.countTextProperty().get()).isEqualTo("5+ hồ sơ"); // more to come, not counted yet
            vm.setTotal(reg.dossiers().countReceived(UnitScope.ALL, null, null));
            assertThat(vm.countTextProperty().get()).isEqualTo("23 hồ sơ");

            // a filter set after the first page applies to it, and to every page read after it
            vm.textProperty().set("nguyen van");
            vm.setStatus(DossierStatus.EARLY);
            List<DossierRow> early = all.stream().filter(r -> r.dossier().applicant().startsWith("Nguyễn Văn")
                    && r.deadline().status() == DossierStatus.EARLY).toList();
            assertThat(early).hasSizeGreaterThan(1); // on more than one page
            assertThat(vm.countTextProperty().get()).isEqualTo(codes(vm.filtered()).size() + "+ / 23 hồ sơ");
            readToTheEnd(reg, vm, first, 5);
            assertThat(codes(vm.rows())).isEqualTo(codes(all)); // 23 rows in pages of 5: none twice, none missed
            assertThat(codes(vm.filtered())).isEqualTo(codes(early));
            assertThat(vm.countTextProperty().get()).isEqualTo(early.size() + " / 23 hồ sơ");
            vm.clearFilters();
            assertThat(codes(vm.filtered())).isEqualTo(codes(all));
            // the deadlines are the ones the register computes
            assertThat(vm.rows()).extracting(r -> r.deadline().dueOn())
                    .isEqualTo(all.stream().map(r -> r.deadline().dueOn()).toList());
        }
    }

    @BothEngines
    void aSaveWhileBrowsingShowsWhereTheOfficerIsAndANewDossierOnTop(DbKind kind) {
        try (Database db = kind.open(dir)) {
            RegisterService reg = seed(db);
            DossiersViewModel vm = new DossiersViewModel();
            DossierPages.Page first = DossierPages.first(reg, ALL, AS_OF, 5, reg.calculators());
            vm.setData(first.prepared(), reg.procedures().findAll(), first.last());
            DossierPages.Page second = DossierPages.next(reg, ALL, AS_OF, first.lastKey(), 5, reg.calculators());
            vm.appendPage(second.prepared(), second.last());
            assertThat(vm.rows()).hasSize(10);

            // on the second page, an open dossier is resolved; another desk registers a new one
            DossierRow onPage2 = vm.rows().stream().skip(5).filter(r -> r.dossier().resolvedOn() == null)
                    .findFirst().orElseThrow();
            reg.dossiers().save(onPage2.dossier().withResolution(LocalDate.of(2026, 3, 31), Outcome.ISSUED));
            reg.dossiers().save(Dossier.received("HS-NEW", "P1", "Lê Văn Mới", Channel.DIRECT,
                    LocalDateTime.of(2026, 3, 31, 15, 0)));

            // the screen's refresh: the same query, read again as far as the officer had scrolled
            DossierPages.Page again = DossierPages.first(reg, ALL, AS_OF, vm.rows().size(), reg.calculators());
            vm.setData(again.prepared(), reg.procedures().findAll(), again.last());
            assertThat(vm.rows()).hasSize(10);
            assertThat(vm.rows().get(0).dossier().code()).isEqualTo("HS-NEW");
            DossierRow changed = vm.rows().stream().filter(r -> r.dossier().id() == onPage2.dossier().id())
                    .findFirst().orElseThrow();
            assertThat(changed.dossier().resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(changed.deadline().status()).isNotEqualTo(onPage2.deadline().status());
            readToTheEnd(reg, vm, again, 5);
            assertThat(codes(vm.rows())).isEqualTo(codes(expected(reg)));
        }
    }
}
