package org.triangulate.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Finds where the next WARC record starts after a malformed one: in a gzipped WARC the next gzip member (each record
 * is its own member, as the standard recommends), in a plain one the next line {@code WARC/1.0} or {@code WARC/1.1}.
 * A match inside a record's payload is possible; reading from there fails too and the search goes on past it.
 */
final class WarcResync {
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;

    private WarcResync() {
    }

    /** The offset of the next record start at or after {@code from}; empty when there is none. */
    static OptionalLong nextRecord(FileChannel channel, long from, boolean gzip) throws IOException {
        byte[] magic = gzip ? GZIP_MEMBER : WARC_LINE;
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK + magic.length);
        long position = from;
        long size = channel.size();
        while (position < size) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) break;
            byte[] bytes = buffer.array();
            for (int i = 0; i + magic.length <= n; i++) {
                if (matches(bytes, i, magic) && (gzip || i + position == 0 || isLineStart(channel, i + position))) {
                    return OptionalLong.of(position + i);
                }
            }
            // Step so that a magic split across two chunks is still seen.
            position += Math.max(1, n - magic.length + 1);
        }
        return OptionalLong.empty();
    }

    private static boolean matches(byte[] bytes, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (bytes[at + j] != magic[j]) return false;
        }
        return true;
    }

    private static boolean isLineStart(FileChannel channel, long offset) throws IOException {
        ByteBuffer before = ByteBuffer.allocate(1);
        channel.read(before, offset - 1);
        return before.get(0) == '\n';
    }
}
