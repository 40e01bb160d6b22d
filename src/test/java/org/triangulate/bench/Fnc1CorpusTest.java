package org.triangulate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.reconcile.StanceLabel;

class Fnc1CorpusTest {
    private static final String BODIES = "Body ID,articleBody\n"
            + "0,\"A body with a comma, \"\"quotes\"\" and\n\na blank line.\"\n"
            + "7,Plain body\n";
    private static final String STANCES = "Headline,Body ID,Stance\n"
            + "\"Mayor, in a statement, quits\",0,agree\n"
            + "Plain headline,7,unrelated\n"
            + "\"Two\nlines\",0,Discuss\n";

    @Test
    void readsQuotedCommasQuotesAndLineBreaks() {
        Fnc1Corpus c = Fnc1Corpus.read(BODIES, "b.csv", STANCES, "s.csv");

        assertThat(c.bodies()).hasSize(2);
        assertThat(c.bodies().get(0)).isEqualTo("A body with a comma, \"quotes\" and\n\na blank line.");
        assertThat(c.pairs()).containsExactly(
                new Fnc1Corpus.Pair("Mayor, in a statement, quits", 0, Optional.of(StanceLabel.AGREE)),
                new Fnc1Corpus.Pair("Plain headline", 7, Optional.of(StanceLabel.UNRELATED)),
                new Fnc1Corpus.Pair("Two\nlines", 0, Optional.of(StanceLabel.DISCUSS)));
        assertThat(c.labelled()).isTrue();
        assertThat(c.body(c.pairs().get(1))).isEqualTo("Plain body");
    }

    @Test
    void aStancesFileWithoutTheStanceColumnIsUnlabelled() {
        Fnc1Corpus c = Fnc1Corpus.read("\uFEFF" + BODIES, "b.csv", "Headline,Body ID\nSomething,7\n", "s.csv");

        assertThat(c.pairs()).containsExactly(new Fnc1Corpus.Pair("Something", 7, Optional.empty()));
        assertThat(c.labelled()).isFalse();
    }

    @Test
    void malformedFilesAreNamedWithTheRow() {
        assertThatThrownBy(() -> Fnc1Corpus.read(BODIES, "b.csv", "Headline,Body ID\nX,8\n", "s.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("s.csv: row 1 names body 8, which b.csv lacks");
        assertThatThrownBy(() -> Fnc1Corpus.read(BODIES, "b.csv", "Headline,Body ID,Stance\nX,7,maybe\n", "s.csv"))
                .hasMessageStartingWith("s.csv: row 1: not a stance label: 'maybe'");
        assertThatThrownBy(() -> Fnc1Corpus.read("id,text\n1,x\n", "b.csv", STANCES, "s.csv"))
                .hasMessageStartingWith("b.csv: no 'Body ID' column");
        assertThatThrownBy(() -> Fnc1Corpus.read("Body ID,articleBody\nseven,x\n", "b.csv", STANCES, "s.csv"))
                .hasMessage("b.csv: row 1: Body ID 'seven' is not a number");
    }

    @Test
    void aFolderNeedsOneFileOfEach(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("competition_test_bodies.csv"), BODIES);
        assertThatThrownBy(() -> Fnc1Corpus.open(tmp)).hasMessageContaining("exactly one *stances.csv (found 0)");
        Files.writeString(tmp.resolve("competition_test_stances.csv"), STANCES);
        assertThat(Fnc1Corpus.open(tmp).pairs()).hasSize(3);
        assertThatThrownBy(() -> Fnc1Corpus.open(tmp.resolve("missing"))).hasMessageEndingWith("is not a folder");
    }

    @Test
    void predictionsRoundTripThroughTheReader() throws IOException {
        Fnc1Corpus c = Fnc1Corpus.read(BODIES, "b.csv", STANCES, "s.csv");
        StringWriter out = new StringWriter();
        Fnc1Predictions.write(out, c.pairs(), List.of(StanceLabel.DISAGREE, StanceLabel.UNRELATED, StanceLabel.AGREE));

        assertThat(out.toString()).startsWith("Headline,Body ID,Stance\n\"Mayor, in a statement, quits\",0,disagree\n");
        Fnc1Corpus back = Fnc1Corpus.read(BODIES, "b.csv", out.toString(), "p.csv");
        assertThat(back.pairs()).extracting(Fnc1Corpus.Pair::headline).containsExactly(
                "Mayor, in a statement, quits", "Plain headline", "Two\nlines");
        assertThat(back.pairs()).extracting(p -> p.gold().orElseThrow()).containsExactly(
                StanceLabel.DISAGREE, StanceLabel.UNRELATED, StanceLabel.AGREE);
    }
}
