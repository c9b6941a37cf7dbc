package vn.reformdesk.ui.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where to put labels that each belong at one position along a line (the end values of a chart's lines, one under
 * another) so that none overlaps another: each as near its own position as it can be, in the order of the positions,
 * within the room there is. Pure arithmetic, no drawing, so it is tested on numbers alone.
 */
public final class LabelPlacement {
    private LabelPlacement() {}

    /**
     * Centres for labels of height {@code size} wanted at {@code wanted} (any order; the result is in the same
     * order), at least {@code size} apart, between {@code min} and {@code max} (the centres' range). Labels that
     * touch are moved as a block, centred on the mean of what they wanted, which keeps the sum of squared moves
     * least. Null when they cannot all fit: then the caller shows none (a legend or tooltips say it instead).
     */
    public static double[] spread(double[] wanted, double size, double min, double max) {
        int n = wanted.length;
        if (n == 0) return new double[0];
        if (size < 0 || max < min || (n - 1) * size > max - min + 1e-9) return null;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> wanted[i]));
        // blocks of touching labels, in order; each block's labels are size apart from its start
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            blocks.add(new Block(k, wanted[order[k]], size, min, max));
            // merge with the block before while they overlap (a merge can make the new block reach further back)
            while (blocks.size() > 1) {
                Block last = blocks.get(blocks.size() - 1);
                Block before = blocks.get(blocks.size() - 2);
                if (before.start + before.count * size <= last.start + 1e-9) break;
                before.absorb(last, size, min, max);
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] out = new double[n];
        for (Block b : blocks) {
            for (int j = 0; j < b.count; j++) out[order[b.first + j]] = b.start + j * size;
        }
        return out;
    }

    /** Whether two labels of {@code size} centred at {@code a} and {@code b} overlap. */
    public static boolean overlap(double a, double b, double size) { return Math.abs(a - b) < size - 1e-9; }

    /** A run of touching labels, placed {@code size} apart: the sorted labels {@code first … first + count − 1}. */
    private static final class Block {
        final int first;
        int count = 1;
        /** Σ (wanted − place in the block × size): its mean is the start that moves the labels least. */
        double sum;
        double start;

        Block(int first, double wanted, double size, double min, double max) {
            this.first = first;
            this.sum = wanted;
            place(size, min, max);
        }

        /** Takes the next block's labels after its own and finds the start again. */
        void absorb(Block next, double size, double min, double max) {
            sum += next.sum - count * size * next.count;
            count += next.count;
            place(size, min, max);
        }

        private void place(double size, double min, double max) {
            start = Math.max(min, Math.min(sum / count, max - (count - 1) * size));
        }
    }
}
