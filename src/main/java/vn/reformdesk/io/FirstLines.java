package vn.reformdesk.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each key of an import was first seen, to report later rows with the same key as duplicates.
 * A file of a million rows has a million keys: in a {@code HashMap<Object, Long>} each costs a String, its bytes,
 * a node and a Long (about 150 bytes and four objects, measured), which was the largest thing an import kept
 * alive. Text keys are kept here in a few arrays instead (their characters in one byte arena, Latin-1 when they
 * fit, plus about 25 bytes of table per key), exact, with no object per key. Other keys (dates) go to a map:
 * those files are small.
 */
final class FirstLines {
    private static final int MAX_ARENA = Integer.MAX_VALUE - 16;

    private final Map<Object, Long> other = new HashMap<>();
    private byte[] arena = new byte[1 << 16];
    private int used;
    /** Entry i's characters are {@code arena[start[i] .. start[i + 1])}; 2 bytes a character when {@code wide[i]}. */
    private int[] start = new int[1 << 10];
    private boolean[] wide = new boolean[1 << 10];
    private long[] lines = new long[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int size;
    /** Open addressing: entry index + 1, 0 = free; a power of two, at most half full. */
    private int[] table = new int[1 << 11];

    /** The line {@code key} was first seen on; null (and {@code line} is remembered) when it is new. */
    Long putIfAbsent(Object key, long line) {
        if (!(key instanceof String s)) return other.putIfAbsent(key, line);
        int h = spread(s.hashCode());
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int e = table[i] - 1;
            if (e < 0) break;
            if (hashes[e] == h && equal(e, s)) return lines[e];
        }
        Long elsewhere = other.get(s);
        if (elsewhere != null) return elsewhere;
        if (!add(s, h, line)) other.put(s, line); // the arena is full (billions of characters): keep it boxed
        return null;
    }

    int size() { return size + other.size(); }

    private boolean add(String s, int h, long line) {
        boolean isWide = false;
        for (int k = 0; k < s.length() && !isWide; k++) isWide = s.charAt(k) > 0xFF;
        long need = (long) used + (isWide ? 2L : 1L) * s.length();
        if (need > MAX_ARENA) return false;
        if (need > arena.length) arena = Arrays.copyOf(arena, (int) Math.min(MAX_ARENA, Math.max(need, 2L * arena.length)));
        if (size + 2 > start.length) {
            int n = start.length * 2;
            start = Arrays.copyOf(start, n);
            wide = Arrays.copyOf(wide, n);
            lines = Arrays.copyOf(lines, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        int e = size;
        start[e] = used;
        wide[e] = isWide;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (isWide) arena[used++] = (byte) (c >>> 8);
            arena[used++] = (byte) c;
        }
        start[e + 1] = used;
        lines[e] = line;
        hashes[e] = h;
        size++;
        if (2 * size > table.length) rehash(table.length * 2);
        insert(e);
        return true;
    }

    private void insert(int e) {
        int mask = table.length - 1;
        int i = hashes[e] & mask;
        while (table[i] != 0) i = (i + 1) & mask;
        table[i] = e + 1;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        for (int e = 0; e < size; e++) insert(e);
    }

    private boolean equal(int e, String s) {
        int from = start[e];
        int bytes = start[e + 1] - from;
        if (wide[e]) {
            if (bytes != 2 * s.length()) return false;
            for (int k = 0; k < s.length(); k++) {
                char c = (char) (((arena[from + 2 * k] & 0xFF) << 8) | (arena[from + 2 * k + 1] & 0xFF));
                if (c != s.charAt(k)) return false;
            }
            return true;
        }
        if (bytes != s.length()) return false;
        for (int k = 0; k < bytes; k++) {
            if ((char) (arena[from + k] & 0xFF) != s.charAt(k)) return false;
        }
        return true;
    }

    private static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
