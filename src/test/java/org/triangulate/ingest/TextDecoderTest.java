package org.triangulate.ingest;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.triangulate.model.SourceDocument.Format;

class TextDecoderTest {

    @Test
    void validUtf8IsReadAsIsWithoutAWarning() {
        String text = "\uFEFFEmoji \uD83C\uDF0A and \u00e9\r\n";

        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(UTF_8), Format.TEXT);

        assertThat(d.text()).isEqualTo(text);
        assertThat(d.warning()).isEmpty();
    }

    @Test
    void invalidUtf8NamesTheFirstBadByteAndItsLine() {
        byte[] bytes = "line one\nline two\nthird \u00e8 and \u00e9\n".getBytes(TextDecoder.WINDOWS_1252);

        TextDecoder.Decoded d = TextDecoder.decode(bytes, Format.MARKDOWN);

        assertThat(d.warning()).get().asString()
                .contains("not valid UTF-8", "0xE8", "byte offset 24", "line 3", "windows-1252");
        assertThat(d.text()).isEqualTo("line one\nline two\nthird \u00e8 and \u00e9\n");
    }

    @Test
    void truncatedUtf8AtTheEndIsCaught() {
        byte[] bytes = {'o', 'k', (byte) 0xE2, (byte) 0x80};

        TextDecoder.Decoded d = TextDecoder.decode(bytes, Format.TEXT);

        assertThat(d.warning()).get().asString().contains("byte offset 2");
        assertThat(d.text()).hasSize(4);
    }

    @Test
    void windows1252FallbackKeepsEveryByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;

        String text = TextDecoder.readAsWindows1252(all);

        assertThat(text).hasSize(256).doesNotContain("\uFFFD");
        assertThat(text.charAt(0x80)).isEqualTo('\u20AC');
        assertThat(text.charAt(0x93)).isEqualTo('\u201C');
        assertThat(text.charAt(0x81)).isEqualTo('\u0081');
        assertThat(text.charAt(0xE9)).isEqualTo('\u00E9');
    }

    @Test
    void utf16ByteOrderMarksAreHonouredAndKept() {
        String text = "\uFEFFDune <b>grass</b>\n";

        assertThat(TextDecoder.decode(text.getBytes(UTF_16LE), Format.HTML).text()).isEqualTo(text);
        assertThat(TextDecoder.decode(text.getBytes(UTF_16BE), Format.TEXT).text()).isEqualTo(text);
    }

    @Test
    void htmlMetaCharsetIsHonoured() {
        String page = "<!doctype html><html><head><meta charset='windows-1252'><title>t</title></head>"
                + "<body>\u201cCr\u00e8me\u201d \u2014 \u20ac5</body></html>";

        TextDecoder.Decoded d = TextDecoder.decode(page.getBytes(TextDecoder.WINDOWS_1252), Format.HTML);

        assertThat(d.warning()).isEmpty();
        assertThat(d.text()).isEqualTo(page);
    }

    @Test
    void htmlMetaCharsetInOtherEncodingsIsHonoured() {
        String page = "<html><head><META HTTP-EQUIV=content-type CONTENT=\"text/html;charset=KOI8-R\"></head>"
                + "<body>\u041f\u0440\u0438\u0432\u0435\u0442</body></html>";

        TextDecoder.Decoded d = TextDecoder.decode(page.getBytes(java.nio.charset.Charset.forName("KOI8-R")),
                Format.HTML);

        assertThat(d.warning()).isEmpty();
        assertThat(d.text()).isEqualTo(page);
    }

    @Test
    void aDeclarationInACommentOrPastTheFirst4KiBIsIgnored() {
        String late = "<html><head><!-- " + "x".repeat(TextDecoder.HTML_PRESCAN_BYTES) + " -->"
                + "<meta charset=\"windows-1252\"></head><body>caf\u00e9</body></html>";
        String commented = "<html><!-- <meta charset=\"windows-1252\"> --><body>caf\u00e9</body></html>";

        assertThat(TextDecoder.declaredCharset(late.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(TextDecoder.declaredCharset(commented.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void aPageDeclaringUtf8ThatIsNotFallsBackWithAWarning() {
        byte[] bytes = "<meta charset=utf-8><p>caf\u00e9</p>".getBytes(TextDecoder.WINDOWS_1252);

        TextDecoder.Decoded d = TextDecoder.decode(bytes, Format.HTML);

        assertThat(d.warning()).get().asString().contains("the charset its <meta> tag declares", "byte offset 26");
        assertThat(d.text()).isEqualTo("<meta charset=utf-8><p>caf\u00e9</p>");
    }

    @Test
    void anUnknownDeclaredCharsetIsOneWarningAndUtf8IsUsed() {
        byte[] bytes = "<meta charset=\"klingon-8\"><p>caf\u00e9</p>".getBytes(UTF_8);

        TextDecoder.Decoded d = TextDecoder.decode(bytes, Format.HTML);

        assertThat(d.warning()).get().asString().contains("\"klingon-8\"", "unknown", "read as UTF-8");
        assertThat(d.text()).contains("caf\u00e9");
    }

    @Test
    void latin1LabelsReadAsWindows1252LikeBrowsers() {
        assertThat(TextDecoder.charsetForLabel("ISO-8859-1")).contains(TextDecoder.WINDOWS_1252);
        assertThat(TextDecoder.charsetForLabel(" us-ascii ")).contains(TextDecoder.WINDOWS_1252);
        assertThat(TextDecoder.charsetForLabel("utf-16")).contains(UTF_8);
        assertThat(TextDecoder.charsetForLabel("Shift_JIS")).get().extracting(c -> c.name()).isEqualTo("Shift_JIS");
        assertThat(TextDecoder.charsetForLabel("no such charset!")).isEmpty();
    }

    @Test
    void aMetaCharsetIsIgnoredOutsideHtml() {
        byte[] bytes = "<meta charset=windows-1252> caf\u00e9".getBytes(UTF_8);

        TextDecoder.Decoded d = TextDecoder.decode(bytes, Format.MARKDOWN);

        assertThat(d.warning()).isEmpty();
        assertThat(d.text()).endsWith("caf\u00e9");
    }
}
