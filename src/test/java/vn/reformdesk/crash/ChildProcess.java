package vn.reformdesk.crash;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.reformdesk.domain.dossier.Channel;
import vn.reformdesk.domain.dossier.Dossier;
import vn.reformdesk.domain.procedure.AdminLevel;
import vn.reformdesk.domain.procedure.OnlineLevel;
import vn.reformdesk.domain.procedure.Procedure;
import vn.reformdesk.io.ImportKind;
import vn.reformdesk.io.Importer;
import vn.reformdesk.store.Database;
import vn.reformdesk.store.DossierRepository;
import vn.reformdesk.store.ProcedureRepository;
import vn.reformdesk.store.Transactions;

/**
 * The program the crash tests start in a separate JVM and then kill: {@code edits DIR} saves dossiers one by
 * one and prints each committed code; {@code import DIR N} writes N dossiers in one transaction (as an import
 * does) and prints "started"; {@code hold DIR} opens the database and waits; {@code open DIR} prints "opening",
 * opens (creating or upgrading) the database, closes it and prints "opened".
 */
public final class ChildProcess {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("open")) { // creates or upgrades the database, as the first command of the day would
            System.out.println("opening");
            System.out.flush();
            Database.open(dir).close();
            System.out.println("opened");
            System.out.flush();
            return;
        }
        Database db = Database.open(dir);
        switch (args[0]) {
            case "edits" -> {
                new ProcedureRepository(db).save(Procedure.of("P", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
                DossierRepository repo = new DossierRepository(db);
                for (int i = 0; ; i++) {
                    repo.save(dossier(i));
                    System.out.println("committed " + i);
                    System.out.flush();
                }
            }
            case "import" -> {
                new ProcedureRepository(db).save(Procedure.of("P", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
                int n = Integer.parseInt(args[2]);
                List<Dossier> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) batch.add(dossier(i));
                System.out.println("started");
                System.out.flush();
                Transactions.inBulkTransaction(db, c -> {
                    new DossierRepository(db).saveAll(c, batch, false);
                    System.out.println("written, committing");
                    System.out.flush();
                    return null;
                });
                System.out.println("committed");
            }
            case "csv-import" -> { // through the importer: a file large enough that it builds its indexes after the rows
                new ProcedureRepository(db).save(Procedure.of("P", "Thủ tục", AdminLevel.COMMUNE, 3, OnlineLevel.FULL));
                int n = Integer.parseInt(args[2]);
                StringBuilder csv = new StringBuilder("code,procedure_code,channel,received_at\n");
                for (int i = 0; i < n; i++) csv.append(dossier(i).code()).append(",P,online,2026-01-05 08:00\n");
                Path file = Path.of(args[1]).resolveSibling("dossiers.csv");
                java.nio.file.Files.writeString(file, csv);
                boolean[] told = {false};
                Importer.run(db, ImportKind.DOSSIERS, file, false, (fraction, phase) -> {
                    if ("writing".equals(phase) && !told[0]) {
                        told[0] = true;
                        System.out.println("writing");
                        System.out.flush();
                    }
                }, () -> false);
                System.out.println("committed");
            }
            case "hold" -> {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(60_000);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Dossier dossier(int i) {
        return Dossier.received(String.format("D-%07d", i), "P", "Người nộp " + i, Channel.ONLINE,
                LocalDateTime.of(2026, 1, 5, 8, 0).plusMinutes(i));
    }
}
