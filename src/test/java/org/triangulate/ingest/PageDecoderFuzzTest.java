package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any page body with any Content-Type gives a document, a feed or a reason, never an exception: the HTML reader
 * (media type, charset from the header, the {@code <meta>} tag, a byte-order mark or the bytes). Regression mode in
 * {@code mvn test}, on the seeds in {@code PageDecoderFuzzTestInputs}.
 */
class PageDecoderFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void anyBodyAndContentTypeGiveAResult(FuzzedDataProvider data) {
        String contentType = data.consumeBoolean() ? data.consumeString(80) : null;
        byte[] body = data.consumeRemainingAsBytes();

        PageDecoder.Result result = PageDecoder.decode(body, contentType);

        assertThat(result).isNotNull();
        if (result instanceof PageDecoder.Page page) {
            assertThat(page.text()).isNotNull();
            // Nothing is lost: every byte becomes at least part of a character.
            assertThat(page.text().length()).isGreaterThan(0);
        }
        PageDecoder.declaredLanguage(body);
    }
}
