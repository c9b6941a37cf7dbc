package vn.reformdesk.io.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The problems of one import as they are found: the first {@link #SHOWN} kept in file order, the others only counted,
 * so a file of 300,000 garbage rows neither prints 900,000 lines nor holds them in memory. After the kept problems
 * comes one line, {@link #moreLine}.
 */
public final class ProblemList {
    /** At most this many problems are kept, printed and shown. */
    public static final int SHOWN = 1_000;

    private final List<ImportProblem> kept = new ArrayList<>();
    private long more;

    public void add(ImportProblem p) {
        if (kept.size() < SHOWN) kept.add(p);
        else more++;
    }

    public void addAll(Collection<ImportProblem> problems) { for (ImportProblem p : problems) add(p); }

    public boolean isEmpty() { return kept.isEmpty(); }

    /** The first {@link #SHOWN} problems, in the order found. */
    public List<ImportProblem> kept() { return kept; }

    /** How many problems were found beyond the kept ones. */
    public long more() { return more; }

    /** The line printed after the kept problems when some were left out: "… and N more problems". */
    public static String moreLine(long more) { return "… and " + more + " more problem" + (more == 1 ? "" : "s"); }
}
