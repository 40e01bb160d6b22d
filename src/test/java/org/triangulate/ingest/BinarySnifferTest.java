package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {

    @Test
    void textIsNotBinary() {
        assertThat(BinarySniffer.binaryKind("Plain words\twith\ttabs\r\n\f".getBytes(UTF_8))).isEmpty();
        assertThat(BinarySniffer.binaryKind("\uFEFFUTF-16 has NUL bytes".getBytes(UTF_16LE))).isEmpty();
        assertThat(BinarySniffer.binaryKind(new byte[] {(byte) 0xE9, (byte) 0x93, 'a'})).isEmpty();
    }

    @Test
    void knownSignaturesAreNamed() {
        assertThat(BinarySniffer.binaryKind("%PDF-1.5\nrest".getBytes(UTF_8))).get().asString().contains("PDF");
        assertThat(BinarySniffer.binaryKind(new byte[] {'P', 'K', 3, 4, 20, 0})).get().asString().contains("ZIP");
        assertThat(BinarySniffer.binaryKind(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}))
                .get().asString().contains("PNG");
        assertThat(BinarySniffer.binaryKind(new byte[] {0x1F, (byte) 0x8B, 8})).get().asString().contains("gzip");
    }

    @Test
    void aNulByteInTheFirst8KiBIsBinaryButNotLater() {
        byte[] early = "text".repeat(100).getBytes(UTF_8);
        early[200] = 0;
        byte[] late = new byte[BinarySniffer.SAMPLE_BYTES + 10];
        Arrays.fill(late, (byte) 'a');
        late[BinarySniffer.SAMPLE_BYTES + 5] = 0;

        assertThat(BinarySniffer.binaryKind(early)).get().asString().contains("NUL");
        assertThat(BinarySniffer.binaryKind(late)).isEmpty();
    }

    @Test
    void manyControlCharactersAreBinaryAFewAreNot() {
        byte[] many = new byte[1000];
        Arrays.fill(many, (byte) 'a');
        for (int i = 0; i < 150; i++) many[i * 6] = 0x01;
        byte[] few = new byte[1000];
        Arrays.fill(few, (byte) 'a');
        for (int i = 0; i < 20; i++) few[i * 40] = 0x1B;

        assertThat(BinarySniffer.binaryKind(many)).get().asString().contains("control characters (150 of");
        assertThat(BinarySniffer.binaryKind(few)).isEmpty();
    }
}
