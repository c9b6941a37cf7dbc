package vn.reformdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.io.TempDir;

import vn.reformdesk.domain.deadline.DeadlineCalculator;
import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.dossier.Outcome;
import vn.reformdesk.domain.index.RateTally;
import vn.reformdesk.domain.period.Period;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.store.ConflictException;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.Engine;
import vn.reformdesk.store.Versioned;
import vn.reformdesk.support.BothEngines;
import vn.reformdesk.support.DbKind;

/**
 * Twenty desks at once on one register, each with its own connection (on PostgreSQL its own pool too): they register,
 * edit and resolve dossiers of the same quarter for a while, and one desk keeps reading the quarter's figures. After:
 * every confirmed save is there — for each dossier the confirmed saves have distinct, consecutive versions and the
 * stored one is the last of them, so no save was made on top of another unseen — and the figures equal a recount.
 */
class ManyDesksTest {
    private static final int DESKS = 20;
    private static final int SHARED = 30;
    private static final Period Q1 = Period.parse("2026-Q1");
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;

    /** One confirmed save: the version it produced and what was saved. */
    record Confirmed(String code, long version, Dossier saved) {}

    @BothEngines
    void twentyDesksLoseNoConfirmedChangeAndTheFiguresEqualARecount(DbKind kind) throws Exception {
        // bounded by time, not asserted on it: longer on the server, where the desks really run side by side
        long millis = Long.getLong("reformdesk.manyDesksMillis", kind == DbKind.POSTGRES ? 15_000 : 4_000);
        try (AppContext app = kind.context(dir)) {
            Database main = app.database();
            app.register().procedures().save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
            List<String> shared = new ArrayList<>();
            for (int i = 0; i < SHARED; i++) {
                String code = "S-" + i;
                app.register().dossiers().save(Dossier.received(code, "P1", "Người nộp " + i, Channel.DIRECT,
                        LocalDateTime.of(2026, 1, 5 + i % 20, 9, 0)));
                shared.add(code);
            }
            Queue confirmed = new Queue();
            AtomicInteger refused = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + millis * 1_000_000;
            List<Thread> desks = new ArrayList<>();
            for (int t = 0; t < DESKS; t++) {
                int desk = t;
                desks.add(new Thread(() -> {
                    Database own = kind == DbKind.POSTGRES
                            ? Database.connect(((Engine.Server) main.engine()).address(), null) : main;
                    try {
                        run(desk, own, shared, end, confirmed, refused, main);
                    } catch (Throwable e) {
                        errors.add(e);
                    } finally {
                        if (own != main) own.close();
                    }
                }, "desk-" + t));
            }
            desks.forEach(Thread::start);
            for (Thread d : desks) d.join();
            assertThat(errors).isEmpty();
            System.out.printf("%s: %d desks, %d confirmed saves, %d refused with a conflict%n", kind, DESKS,
                    confirmed.all.size(), refused.get());

            DossierRepository repo = app.register().dossiers();
            Map<String, List<Confirmed>> byCode = new java.util.HashMap<>();
            for (Confirmed c : confirmed.all) byCode.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
            assertThat(byCode.keySet()).containsAll(shared.subList(0, 1)); // some shared dossier was edited
            for (var e : byCode.entrySet()) {
                List<Long> versions = e.getValue().stream().map(Confirmed::version).sorted().toList();
                Versioned<Dossier> stored = repo.findVersioned(e.getKey()).orElseThrow();
                long first = e.getKey().startsWith("S-") ? 2 : 1; // shared ones were stored at version 1 before
                List<Long> expected = java.util.stream.LongStream.range(first, first + versions.size()).boxed().toList();
                assertThat(versions).as("versions of the confirmed saves of %s", e.getKey()).isEqualTo(expected);
                assertThat(stored.version()).isEqualTo(versions.get(versions.size() - 1));
                Dossier last = e.getValue().stream().filter(c -> c.version() == stored.version()).findFirst()
                        .orElseThrow().saved();
                assertThat(stored.value().withId(null)).isEqualTo(last.withId(null));
            }
            assertThat(confirmed.all.size()).isGreaterThan(DESKS);

            RegisterService reg = app.register();
            Map<String, Procedure> procedures = reg.proceduresByCode();
            DeadlineCalculator calc = reg.calculator();
            RateTally recount = RateTally.of(Q1, AS_OF, repo.findAll(), procedures::get, calc);
            assertThat(reg.tallies().tally(Q1, AS_OF, procedures, calc).tally()).isEqualTo(recount);
            assertThat(reg.serviceRates(Q1, AS_OF).received()).isEqualTo(recount.total(RateTally.Count.RECEIVED));
        }
    }

    @org.junit.jupiter.api.Test
    void aDossierSavedAtAnotherDeskIsSeenAtTheNextRefresh() {
        try (AppContext here = DbKind.POSTGRES.context(dir);
             Database there = Database.connect(((Engine.Server) here.database().engine()).address(), null)) {
            here.register().procedures().save(Procedure.of("P1", "Thủ tục", AdminLevel.COMMUNE, 5, OnlineLevel.FULL));
            java.util.function.Supplier<Long> count = () -> here.register().dossiers().count();
            assertThat(here.cached("dossiers", count)).isZero();
            new DossierRepository(there).saveChecked(Dossier.received("X-1", "P1", null, Channel.DIRECT,
                    LocalDateTime.of(2026, 2, 2, 8, 0)), null);
            assertThat(here.cached("dossiers", count)).isEqualTo(1);
        }
    }

    static final class Queue {
        final ConcurrentLinkedQueue<Confirmed> all = new ConcurrentLinkedQueue<>();
    }

    private static void run(int desk, Database db, List<String> shared, long end, Queue confirmed,
                            AtomicInteger refused, Database main) {
        Random random = new Random(desk);
        RegisterService reg = new RegisterService(db);
        DossierRepository repo = reg.dossiers();
        Map<String, Procedure> procedures = reg.proceduresByCode();
        DeadlineCalculator calc = reg.calculator();
        for (int n = 0; System.nanoTime() < end; n++) {
            int op = random.nextInt(desk == 0 ? 4 : 3);
            try {
                if (op == 0) { // register a new dossier of the quarter
                    Dossier d = Dossier.received("T" + desk + "-" + n, "P1", "Bàn " + desk, Channel.ONLINE,
                            LocalDateTime.of(2026, 2, 1 + random.nextInt(27), 10, 0));
                    Versioned<Dossier> v = repo.saveChecked(d, null);
                    confirmed.all.add(new Confirmed(d.code(), v.version(), v.value()));
                } else if (op == 1 || op == 2) { // edit (an apology letter) or resolve a shared dossier
                    String code = shared.get(random.nextInt(shared.size()));
                    Versioned<Dossier> read = repo.findVersioned(code).orElseThrow();
                    Dossier d = read.value();
                    Dossier edited = op == 1
                            ? d.withApology(LocalDate.of(2026, 3, 1 + random.nextInt(28)), null)
                            : d.withResolution(LocalDate.of(2026, 2, 1 + random.nextInt(27)), Outcome.ISSUED);
                    Versioned<Dossier> v = repo.saveChecked(edited, read.version());
                    confirmed.all.add(new Confirmed(code, v.version(), v.value()));
                } else { // the dashboard of one desk, refreshed
                    reg.tallies().tally(Q1, AS_OF, procedures, calc);
                }
            } catch (ConflictException e) {
                refused.incrementAndGet(); // told to the officer; nothing written
            }
        }
    }
}
