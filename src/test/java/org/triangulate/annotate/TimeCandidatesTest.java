package org.triangulate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCandidatesTest {
    private static List<CoreLabel> words(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            return l;
        }).toList();
    }

    @Test
    void sentencesWithDigitsOrWordsOfTimeMayHoldTime() {
        assertThat(TimeCandidates.mayHoldTime(words("The port reopened on Saturday ."))).isTrue();
        assertThat(TimeCandidates.mayHoldTime(words("It was signed last year ."))).isTrue();
        assertThat(TimeCandidates.mayHoldTime(words("Talks resumed in 2019 ."))).isTrue();
        assertThat(TimeCandidates.mayHoldTime(words("Music of the sixties played ."))).isTrue();
        assertThat(TimeCandidates.mayHoldTime(words("They met in May ."))).isTrue();
    }

    @Test
    void sentencesWithoutThemAreSkipped() {
        assertThat(TimeCandidates.mayHoldTime(words("The union may walk out ."))).isFalse();
        assertThat(TimeCandidates.mayHoldTime(words("Thousands joined the march to the gates ."))).isFalse();
        assertThat(TimeCandidates.mayHoldTime(words("The cranes stood still ."))).isFalse();
    }
}
