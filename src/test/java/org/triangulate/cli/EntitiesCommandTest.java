package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("corenlp")
class EntitiesCommandTest {
    private static final String EXAMPLE = Paths.get("examples", "harbour-strike").toString();

    @Test
    void listsEntitiesWithTheReasonForEachJoin() {
        CliRun run = CliRun.of("entities", EXAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Kestrelport Harbour Authority (organization,")
                .contains("KHA = Kestrelport Harbour Authority: defined-in-text (1.00)")
                .contains("Mirella Castellani = Mirela Castellane: spelling-variant");
    }

    @Test
    void jsonGivesMentionsAndMerges() throws Exception {
        CliRun run = CliRun.of("entities", EXAMPLE, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("documents")).hasSize(5);
        JsonNode castellane = null;
        for (JsonNode e : root.get("entities")) {
            if (e.get("name").asText().equals("Mirela Castellane")) castellane = e;
        }
        assertThat(castellane).isNotNull();
        assertThat(castellane.get("type").asText()).isEqualTo("PERSON");
        assertThat(castellane.get("aliases").toString()).contains("Mirella Castellani");
        assertThat(castellane.get("merges").get(0).get("reason").asText()).isIn("surname", "spelling-variant");
        assertThat(castellane.get("mentions").size()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aUserAliasFileJoinsNames(@TempDir Path tmp) throws Exception {
        Path aliases = tmp.resolve("aliases.json");
        Files.writeString(aliases, "[{\"name\": \"Kestrelport\", \"type\": \"LOCATION\", \"aliases\": [\"Smart Quay\"]}]");
        CliRun run = CliRun.of("entities", EXAMPLE, "--aliases", aliases.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Smart Quay = Kestrelport: alias-list");
    }

    @Test
    void aBadAliasFileIsAUsageErrorNamingTheFile(@TempDir Path tmp) throws Exception {
        Path aliases = tmp.resolve("aliases.tsv");
        Files.writeString(aliases, "only a name\n");
        CliRun run = CliRun.of("entities", EXAMPLE, "--aliases", aliases.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(aliases + ":1").contains("canonical name and at least one alias");
    }
}
