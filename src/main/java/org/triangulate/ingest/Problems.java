package org.triangulate.ingest;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Plain words for what went wrong with a file, for diagnostics. */
final class Problems {
    private Problems() {
    }

    /** The exception's message, without the file name it usually repeats (the diagnostic names the file already). */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied; check the file's permissions";
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** A byte count both exactly and readably: {@code 52,428,800 bytes (50.0 MiB)}. */
    static String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        if (bytes < 1024) return exact;
        double kib = bytes / 1024.0;
        String human = kib < 1024 ? String.format(Locale.ROOT, "%.1f KiB", kib)
                : String.format(Locale.ROOT, "%.1f MiB", kib / 1024);
        return exact + " (" + human + ")";
    }

    /** The exception's message on one line, cut to 200 characters: parsers' messages can quote whole inputs. */
    static String brief(Exception e) {
        String m = describe(e).replaceAll("\\s+", " ").strip();
        return m.length() <= 200 ? m : m.substring(0, 200) + "...";
    }
}
