package org.triangulate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestOptionsTest {

    @Test
    void defaultsHaveNoManifestAndTenMebibytes() {
        IngestOptions o = IngestOptions.defaults();

        assertThat(o.manifest()).isNull();
        assertThat(o.explicitManifest()).isEmpty();
        assertThat(o.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void withersReturnChangedCopies() {
        IngestOptions o = IngestOptions.defaults().withManifest(Path.of("m.jsonl")).withMaxFileBytes(5);

        assertThat(o).isEqualTo(new IngestOptions(Path.of("m.jsonl"), 5));
        assertThat(IngestOptions.defaults().manifest()).isNull();
    }

    @Test
    void aLimitOutOfRangeIsMisuse() {
        assertThatThrownBy(() -> new IngestOptions(null, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxFileBytes").hasMessageContaining("was 0");
        assertThatThrownBy(() -> IngestOptions.defaults().withMaxFileBytes(Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFileBytes");
    }

    @Test
    void suggestsALimitTheFlagTakes() {
        assertThat(TextLoader.suggestedLimit(50L * 1024 * 1024)).isEqualTo("50MB");
        assertThat(TextLoader.suggestedLimit(50L * 1024 * 1024 + 1)).isEqualTo("51MB");
        assertThat(TextLoader.suggestedLimit(1500)).isEqualTo("2KB");
    }
}
