package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC records as bytes, written with jwarc, from pages made in the tests; concatenated they make a WARC file. */
final class TestWarcs {
    static final Instant MARCH_14 = Instant.parse("2026-03-14T10:00:00Z");

    private TestWarcs() {
    }

    /** A response record of a 200 page. */
    static byte[] response(String uri, Instant date, String contentType, byte[] body, boolean gzip)
            throws IOException {
        return response(uri, date, 200, contentType, body, gzip, null);
    }

    static byte[] response(String uri, Instant date, int status, String contentType, byte[] body, boolean gzip,
                           String contentLanguage) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        if (contentLanguage != null) http.addHeader("Content-Language", contentLanguage);
        HttpResponse response = http.body(MediaType.parse(contentType), body).build();
        return record(new WarcResponse.Builder(URI.create(uri)).date(date).body(response).build(), gzip);
    }

    static byte[] html(String uri, String html, boolean gzip) throws IOException {
        return response(uri, MARCH_14, "text/html; charset=utf-8", html.getBytes(UTF_8), gzip);
    }

    static byte[] request(String uri, boolean gzip) throws IOException {
        return record(new WarcRequest.Builder(URI.create(uri)).date(MARCH_14)
                .body(MediaType.HTTP_REQUEST, ("GET / HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(UTF_8)).build(), gzip);
    }

    static byte[] record(WarcRecord record, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out),
                gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(record);
        }
        return out.toByteArray();
    }

    /** A record whose header is not WARC at all, gzipped as its own member when {@code gzip}. */
    static byte[] malformed(boolean gzip) throws IOException {
        byte[] garbage = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: twelve\r\n\r\nnot a record\r\n\r\n"
                .getBytes(UTF_8);
        return gzip ? gzip(garbage) : garbage;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static String page(String sentence) {
        return "<html><head><title>Harbour news</title></head><body><article><p>" + sentence
                + "</p></article></body></html>";
    }
}
