package vn.reformdesk.store;

/** A backup asked of a register on a server: the server's backups are the server's (pg_dump), not a desk's copy. */
public class ServerBackupException extends DatabaseException {
    public ServerBackupException(String server) {
        super("The register is on the server " + server + ": its backups are made on the server (pg_dump, scheduled by"
                + " the province's IT officer; see the README), not copied by this app. Nothing was copied.", null);
    }
}
