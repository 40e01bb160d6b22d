package org.triangulate.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.triangulate.model.Diagnostic;

/**
 * Reads one input file to text, or says in one diagnostic why it cannot: missing, unreadable, too large (checked
 * before reading a byte), empty, binary, a gzip file that is truncated or corrupt. A file that is not valid in its
 * charset is still read, with a warning. A gzipped file ({@code a.html.gz}) is gunzipped as it is read, and its
 * content held to the same limit, so a small file that unpacks to gigabytes is stopped at the limit.
 */
final class TextLoader {
    private final long maxFileBytes;
    private final List<Diagnostic> diagnostics;

    TextLoader(long maxFileBytes, List<Diagnostic> diagnostics) {
        this.maxFileBytes = maxFileBytes;
        this.diagnostics = diagnostics;
    }

    /** The file's text, exactly as decoded; empty when it was skipped, with an error saying why. */
    Optional<String> read(InputFile file) {
        Optional<byte[]> bytes = readBytes(file);
        if (bytes.isEmpty()) return Optional.empty();
        Optional<String> binary = BinarySniffer.binaryKind(bytes.get());
        if (binary.isPresent()) {
            return skip(file, "binary file, not text (it " + binary.get() + "); convert it to "
                    + InputFile.SUPPORTED + " first");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes.get(), file.format());
        if (isBlank(decoded.text())) {
            return skip(file, "the file holds only whitespace; check that it was saved completely");
        }
        decoded.warning().ifPresent(w -> diagnostics.add(Diagnostic.warning(file.source(), w)));
        return Optional.of(decoded.text());
    }

    /** The file's bytes, when it exists, can be read, is not empty and is within the limit. */
    Optional<byte[]> readBytes(InputFile file) {
        try {
            long size = Files.size(file.path());
            if (size > maxFileBytes) return skip(file, tooLarge(size));
            if (size == 0) return skip(file, "empty file (0 bytes); check that it was saved completely");
            try (InputStream in = open(file)) {
                // Read one byte past the limit, so a file that grew since it was measured is still caught.
                byte[] bytes = in.readNBytes((int) maxFileBytes + 1);
                if (bytes.length > maxFileBytes) {
                    return skip(file, file.gzipped() ? "it unpacks to more than " + Problems.size(maxFileBytes)
                            + ", the limit; skipped. If it really is one report, raise the limit with --max-file-size"
                            : tooLarge(bytes.length));
                }
                if (bytes.length == 0) return skip(file, "empty file (0 bytes); check that it was saved completely");
                return Optional.of(bytes);
            }
        } catch (EOFException e) {
            return skip(file, "the gzip data is truncated (it ends before its last block); skipped. Check that the "
                    + "file was copied or downloaded completely");
        } catch (ZipException e) {
            return skip(file, "not valid gzip data (" + Problems.describe(e) + "); skipped. Check that the file "
                    + "really is gzipped, or remove the .gz from its name");
        } catch (IOException | RuntimeException e) {
            return skip(file, "cannot read the file: " + Problems.describe(e));
        }
    }

    private static InputStream open(InputFile file) throws IOException {
        InputStream in = Files.newInputStream(file.path());
        if (!file.gzipped()) return in;
        try {
            return new GZIPInputStream(in, 64 * 1024);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private String tooLarge(long size) {
        return "file is " + Problems.size(size) + ", over the limit of " + Problems.size(maxFileBytes)
                + "; skipped without reading it. If it really is one report, raise the limit, e.g. --max-file-size "
                + suggestedLimit(size);
    }

    /** The size rounded up to whole MB (or KB), in the form --max-file-size takes. */
    static String suggestedLimit(long size) {
        long mib = 1L << 20;
        if (size >= mib) return ((size + mib - 1) / mib) + "MB";
        return ((size + 1023) / 1024) + "KB";
    }

    private <T> Optional<T> skip(InputFile file, String message) {
        diagnostics.add(Diagnostic.error(file.source(), message));
        return Optional.empty();
    }

    /** Blank, counting a byte-order mark as blank too. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\uFEFF' && !Character.isWhitespace(c)) return false;
        }
        return true;
    }
}
