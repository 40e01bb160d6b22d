package org.triangulate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.triangulate.model.SourceDocument.Format;

/**
 * Decodes a file's bytes to text without losing any. The charset is the one a byte-order mark names, else for HTML
 * the one a {@code <meta>} tag in the first 4 KiB declares, else UTF-8. Decoding is strict; where the bytes are not
 * valid in that charset, the file is read as windows-1252 instead, every byte becoming one character, and the result
 * says where the first bad byte was. A byte-order mark is kept in the text, and line ends are left as they are, so
 * that offsets into the text stay true to the file.
 */
final class TextDecoder {
    static final int HTML_PRESCAN_BYTES = 4 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The text, and a warning to give when it was not read as the file said or as UTF-8.
     *
     * @param text the decoded characters
     * @param warning what went wrong and what was done instead; empty when nothing did
     */
    record Decoded(String text, Optional<String> warning) {
    }

    // Labels that browsers read as windows-1252 (WHATWG Encoding Standard); Java's ISO-8859-1 would turn the
    // bytes 0x80-0x9F into invisible control characters instead of quotes and dashes.
    private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
            "l1", "us-ascii", "ascii", "cp1252", "x-cp1252", "windows-1252", "cp819", "ibm819");

    // A page declaring UTF-16 in an ASCII-readable <meta> cannot be UTF-16; browsers read it as UTF-8.
    private static final Set<String> UTF_16_LABELS = Set.of("utf-16", "utf-16le", "utf-16be");

    private static final Pattern CONTENT_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([^\\s;\"']+)", Pattern.CASE_INSENSITIVE);

    private static final char[] WINDOWS_1252_TABLE = windows1252Table();

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, Format format) {
        return decode(bytes, format, null);
    }

    /**
     * Decodes bytes that came with a charset from their transport (an HTTP {@code Content-Type} header, a WARC
     * record's HTTP headers): it comes after a byte-order mark and before a {@code <meta>} tag, as in browsers.
     *
     * @param transportCharset the charset label the transport gave; null when it gave none
     */
    static Decoded decode(byte[] bytes, Format format, String transportCharset) {
        Charset charset = StandardCharsets.UTF_8;
        String why = "UTF-8";
        String note = "";
        String declaration = "";
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            charset = bom.get();
            why = charset.name() + " (the charset its byte-order mark names)";
        } else if (transportCharset != null && !transportCharset.isBlank()) {
            Optional<Charset> known = charsetForLabel(transportCharset);
            if (known.isPresent()) {
                charset = known.get();
                why = charset.name() + " (the charset its Content-Type header names)";
                declaration = "its Content-Type header names charset \"" + transportCharset.strip() + "\"";
            } else {
                note = "its Content-Type header names charset \"" + transportCharset.strip() + "\", which is unknown; ";
            }
        } else if (format == Format.HTML) {
            Optional<String> declared = declaredCharset(bytes);
            if (declared.isPresent()) {
                Optional<Charset> known = charsetForLabel(declared.get());
                if (known.isPresent()) {
                    charset = known.get();
                    why = charset.name() + " (the charset its <meta> tag declares)";
                    declaration = "its <meta> tag declares charset \"" + declared.get() + "\"";
                } else {
                    note = "its <meta> tag declares charset \"" + declared.get() + "\", which is unknown; ";
                }
            }
        }
        if (charset.equals(WINDOWS_1252) && bom.isEmpty()) {
            Optional<String> utf8 = utf8WithNonAscii(bytes);
            // Valid multi-byte UTF-8 is almost never windows-1252 text by chance: the declaration is the mistake.
            if (utf8.isPresent()) {
                return new Decoded(utf8.get(), Optional.of(declaration
                        + ", but its bytes are valid UTF-8 with non-ASCII letters; read as UTF-8"));
            }
        }
        try {
            String text = decodeStrictly(bytes, charset);
            if (note.isEmpty()) return new Decoded(text, Optional.empty());
            return new Decoded(text, Optional.of(note + "read as UTF-8"));
        } catch (BadByteException e) {
            int at = e.offset;
            String warning = note + "not valid " + why + ": first bad byte "
                    + String.format(Locale.ROOT, "0x%02X", bytes[at] & 0xFF) + " at byte offset " + at
                    + " (line " + lineAt(bytes, at) + "); read as windows-1252 instead, so check its accented "
                    + "letters and punctuation, or save the file as UTF-8";
            return new Decoded(readAsWindows1252(bytes), Optional.of(warning));
        }
    }

    /** The bytes as UTF-8 when they are valid UTF-8 and not all ASCII. */
    private static Optional<String> utf8WithNonAscii(byte[] bytes) {
        boolean nonAscii = false;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii = true;
                break;
            }
        }
        if (!nonAscii) return Optional.empty();
        try {
            return Optional.of(decodeStrictly(bytes, StandardCharsets.UTF_8));
        } catch (BadByteException e) {
            return Optional.empty();
        }
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    }

    static Optional<Charset> bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (!hasUtf16Bom(bytes)) return Optional.empty();
        // The explicit-endian charsets keep the mark as U+FEFF, where plain "UTF-16" would drop it and shift offsets.
        return Optional.of(bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }

    /** The charset a {@code <meta charset>} or {@code <meta http-equiv="content-type">} in the first 4 KiB names. */
    static Optional<String> declaredCharset(byte[] bytes) {
        // Read as Latin-1 so every byte is one character: the markup is ASCII whatever the page's charset.
        String head = new String(bytes, 0, Math.min(bytes.length, HTML_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        for (Element meta : Jsoup.parse(head).select("meta[charset], meta[http-equiv]")) {
            if (meta.hasAttr("charset") && !meta.attr("charset").isBlank()) {
                return Optional.of(meta.attr("charset").strip());
            }
            if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                Matcher m = CONTENT_CHARSET.matcher(meta.attr("content"));
                if (m.find()) return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    static Optional<Charset> charsetForLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(l)) return Optional.of(WINDOWS_1252);
        if (UTF_16_LABELS.contains(l)) return Optional.of(StandardCharsets.UTF_8);
        try {
            return Optional.of(Charset.forName(l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Decodes all of {@code bytes}, failing at the first byte that is malformed or unmappable. */
    static String decodeStrictly(byte[] bytes, Charset charset) throws BadByteException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) (bytes.length * (double) decoder.averageCharsPerByte())));
        CoderResult result;
        do {
            result = decoder.decode(in, out, true);
            if (result.isOverflow()) {
                out = grow(out);
            } else if (result.isError()) {
                // On an error the decoder leaves the input at the first byte of the bad sequence.
                throw new BadByteException(in.position());
            }
        } while (!result.isUnderflow());
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        return out.flip().toString();
    }

    /** Each byte as one character: windows-1252 where it maps a byte, the byte's Latin-1 value where it does not. */
    static String readAsWindows1252(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = WINDOWS_1252_TABLE[bytes[i] & 0xFF];
        }
        return new String(chars);
    }

    private static char[] windows1252Table() {
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            try {
                table[b] = decodeStrictly(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
            } catch (BadByteException e) {
                // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned; browsers map them to the C1 controls, as here.
                table[b] = (char) b;
            }
        }
        return table;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
        return bigger.put(out.flip());
    }

    /** The bytes were not valid in the charset; {@code offset} is where the first bad one is. */
    static final class BadByteException extends CharacterCodingException {
        final int offset;

        BadByteException(int offset) {
            this.offset = offset;
        }

        @Override
        public String getMessage() {
            return "bad byte at offset " + offset;
        }
    }
}
