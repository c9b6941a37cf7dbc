package vn.reformdesk.io;

/**
 * What the audit trail records for an import that wrote something (entity {@value #ENTITY}, key = file name).
 * Bulk-added dossiers are not audited one by one; this entry stands for them. Public because the audit log reads
 * record components reflectively.
 */
public record ImportAuditEntry(String kind, String file, int added, int updated, int unchanged, int rejected) {
    public static final String ENTITY = "import";
}
