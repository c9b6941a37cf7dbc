package vn.reformdesk.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at a .xlsx before a reader unpacks it, and refuses in words what no spreadsheet program writes: a part that
 * unpacks to far more than it packs (a "zip bomb": a few kilobytes that fill the memory or the disk), a part too
 * large to import, and a document type declaration ({@code <!DOCTYPE}), whose entities could make an XML reader
 * fetch files or addresses (XXE). Every part is unpacked once, as a stream, and never kept.
 */
public final class WorkbookCheck {
    /** No part of a workbook this app imports unpacks to more (a million dossiers' sheet is about 700 MB). */
    static final long MAX_PART_BYTES = 2L << 30;
    /** A part larger than this that unpacks to more than {@link #MAX_RATIO} times its packed size is a bomb. */
    static final long RATIO_FROM_BYTES = 50L << 20;
    /** Sheets written by Excel or LibreOffice pack 5–30 times; runs of one byte pack up to 1,000 times. */
    static final long MAX_RATIO = 250;
    static final int MAX_PARTS = 10_000;
    /** A DTD stands before the root element: the first bytes of a part are enough. */
    private static final int PROLOG_BYTES = 64 * 1024;

    private WorkbookCheck() {}

    /** Refuses {@code file} (a TableFormatException in words) when it is a bomb, too large or holds a DTD. */
    public static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            return; // not a zip at all: the workbook reader says so
        }
        try (zip) {
            int parts = 0;
            byte[] buf = new byte[1 << 16];
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry entry = en.nextElement();
                if (++parts > MAX_PARTS) {
                    throw refused(name + ": the workbook has more than " + MAX_PARTS + " parts: a damaged file or a"
                            + " \"zip bomb\"; it is not read", entry.getName());
                }
                if (entry.isDirectory()) continue;
                String part = entry.getName();
                boolean xml = isXml(part);
                long packed = Math.max(1, entry.getCompressedSize());
                StringBuilder prolog = xml ? new StringBuilder() : null;
                long unpacked = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        if (prolog != null && prolog.length() < PROLOG_BYTES) {
                            // ISO-8859-1 keeps every byte; NULs go so that a UTF-16 part reads as text too
                            prolog.append(new String(buf, 0, Math.min(n, PROLOG_BYTES), StandardCharsets.ISO_8859_1)
                                    .replace("\0", ""));
                            if (prolog.toString().toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                                throw refused(name + ": the workbook holds a document type declaration (<!DOCTYPE …>)"
                                        + " in " + part + ": Excel and LibreOffice never write one, and its entities"
                                        + " could make the reader fetch files from this computer (XXE); it is not"
                                        + " read. Open it in Excel and save it again, or save it as CSV", part);
                            }
                        }
                        unpacked += n;
                        if (unpacked > MAX_PART_BYTES) {
                            throw refused(name + ": the part " + part + " of the workbook unpacks to more than "
                                    + (MAX_PART_BYTES >> 20) + " MB: too large to import; split it, or save it as CSV",
                                    part);
                        }
                        if (unpacked > RATIO_FROM_BYTES && unpacked > MAX_RATIO * packed) {
                            throw refused(name + ": the part " + part + " of the workbook unpacks to more than "
                                    + MAX_RATIO + " times its packed size (" + (packed >> 10) + " KB to more than "
                                    + (unpacked >> 20) + " MB): a damaged file or a \"zip bomb\"; it is not read", part);
                        }
                    }
                } catch (ZipException e) {
                    return; // a damaged part: the workbook reader says so
                }
            }
        }
    }

    private static boolean isXml(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        return p.endsWith(".xml") || p.endsWith(".rels") || p.endsWith(".vml");
    }

    private static TableFormatException refused(String message, String part) {
        return new TableFormatException(message, null, 1, null, part);
    }
}
