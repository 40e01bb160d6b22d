package org.triangulate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Tells a binary file from text by its first bytes: a known file signature, a NUL byte, or too many control
 * characters in the first 8 KiB. Text in UTF-16 (known by its byte-order mark) is full of NUL bytes, so only the
 * signatures are checked there.
 */
final class BinarySniffer {
    static final int SAMPLE_BYTES = 8 * 1024;

    /** More than this share of control characters is not text in any 8-bit or UTF-8 encoding. */
    static final double MAX_CONTROL_SHARE = 0.10;

    private record Signature(byte[] magic, String looksLike) {
        static Signature of(String latin1, String looksLike) {
            return new Signature(latin1.getBytes(StandardCharsets.ISO_8859_1), looksLike);
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            Signature.of("%PDF-", "a PDF document"),
            Signature.of("\u0089PNG\r\n\u001a\n", "a PNG image"),
            Signature.of("GIF8", "a GIF image"),
            Signature.of("\u00ff\u00d8\u00ff", "a JPEG image"),
            Signature.of("PK\u0003\u0004", "a ZIP archive (Word, EPUB and OpenDocument files are ZIP archives too)"),
            Signature.of("PK\u0005\u0006", "an empty ZIP archive"),
            Signature.of("\u001f\u008b", "a gzip archive"),
            Signature.of("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "an old Microsoft Office document"),
            Signature.of("\u007fELF", "a program"));

    private BinarySniffer() {
    }

    /** What the bytes look like when they are not text ("a PDF document", "NUL bytes"); empty for text. */
    static Optional<String> binaryKind(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (startsWith(bytes, s.magic())) return Optional.of("looks like " + s.looksLike());
        }
        if (TextDecoder.hasUtf16Bom(bytes)) return Optional.empty();
        int n = Math.min(bytes.length, SAMPLE_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return Optional.of("has NUL bytes");
            if (isControl(b)) controls++;
        }
        if (n > 0 && controls > n * MAX_CONTROL_SHARE) {
            return Optional.of("has many control characters (" + controls + " of its first " + n + " bytes)");
        }
        return Optional.empty();
    }

    /** A C0 control or DEL, except the tab, line feed, carriage return and form feed that text uses. */
    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
