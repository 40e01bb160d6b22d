package org.triangulate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    private static String skeletonOf(String name) {
        return Names.skeleton(Names.words(Names.key(name)).get(0));
    }

    @Test
    void transliterationsOfOneNameShareASkeleton() {
        assertThat(skeletonOf("Tchaikovsky")).isEqualTo(skeletonOf("Chaikovsky")).isEqualTo(skeletonOf("Tschaikowsky"));
        assertThat(skeletonOf("Yeltsin")).isEqualTo(skeletonOf("El'tsin")).isEqualTo(skeletonOf("El’tsin"));
        assertThat(skeletonOf("Valery")).isEqualTo(skeletonOf("Valerie")).isEqualTo(skeletonOf("Valeriy"));
        assertThat(skeletonOf("Qaddafi")).isEqualTo(skeletonOf("Kadhafi"));
        assertThat(skeletonOf("Jaroslaw")).isEqualTo(skeletonOf("Yaroslav"));
        assertThat(skeletonOf("Jurij")).isEqualTo(skeletonOf("Yuriy"));
        assertThat(skeletonOf("Jones")).isNotEqualTo(skeletonOf("Yonas"));
        assertThat(skeletonOf("Mueller")).isEqualTo(skeletonOf("Müller")).isEqualTo(skeletonOf("Muller"));
        assertThat(skeletonOf("Verhaegen")).isEqualTo(skeletonOf("Verhagen"));
        assertThat(skeletonOf("Goethe")).isEqualTo(skeletonOf("Göthe"));
        // South Slavic -ić and -ič come into English as -ic or -ich.
        assertThat(skeletonOf("Ostrić")).isEqualTo(skeletonOf("Ostric")).isEqualTo(skeletonOf("Ostrich"));
        assertThat(skeletonOf("Abramovich")).isEqualTo(skeletonOf("Abramovič"));
        assertThat(skeletonOf("Danitsa")).isEqualTo(skeletonOf("Danica"));
        assertThat(skeletonOf("Tsvetan")).isEqualTo(skeletonOf("Cvetan"));
        assertThat(skeletonOf("Vetsalova")).isEqualTo(skeletonOf("Vetzalova"));
        // A caron stands for the digraph English writes.
        assertThat(skeletonOf("Obražko")).isEqualTo(skeletonOf("Obrazhko"));
        assertThat(skeletonOf("Tameš")).isEqualTo(skeletonOf("Tamesh"));
        assertThat(skeletonOf("Čenkov")).isEqualTo(skeletonOf("Chenkov"));
        assertThat(skeletonOf("Žabova")).isEqualTo(skeletonOf("Zhabova"));
    }

    @Test
    void otherScriptsComeToLatin() {
        assertThat(Names.key("Борис Ельцин")).isEqualTo("boris yel'tsin");
        assertThat(skeletonOf("Ельцин")).isEqualTo(skeletonOf("Yeltsin"));
        assertThat(Names.key("Müller")).isEqualTo("muller");
    }

    @Test
    void closeSkeletonsDifferByOneLetterThatTransliterationsSwap() {
        assertThat(Names.close(skeletonOf("Gaddafi"), skeletonOf("Qaddafi"), 5)).isTrue();
        assertThat(Names.close(skeletonOf("Zelensky"), skeletonOf("Selenskyj"), 5)).isTrue();
        assertThat(Names.close(skeletonOf("Austria"), skeletonOf("Australia"), 5)).isFalse();
        assertThat(Names.close("kim", "kin", 5)).as("short names must match exactly").isFalse();
        assertThat(Names.close(skeletonOf("Bolton"), skeletonOf("Colton"), 5)).as("b and c are not swapped").isFalse();
        assertThat(Names.close(skeletonOf("Khrastel"), skeletonOf("Hrastel"), 5)).isTrue();
        assertThat(Names.close(skeletonOf("Hrytsenko"), skeletonOf("Grytsenko"), 5)).isTrue();
        // Candidates for that comparison share a consonant key.
        assertThat(Names.consonants(skeletonOf("Khostova"))).isEqualTo(Names.consonants(skeletonOf("Hostova")));
    }

    @Test
    void keyIgnoresCaseApostrophesTitlesAndALeadingThe() {
        assertThat(Names.key("The Harbour Board’s")).isEqualTo(Names.key("harbour board's"));
        assertThat(Names.key("The Hague")).isEqualTo("hague");
        assertThat(Names.key("Dr. Anna Lindqvist")).isEqualTo("anna lindqvist");
        assertThat(Names.key("Lt Col Marta Vesnyak")).isEqualTo("marta vesnyak");
    }

    @Test
    void acronymsAndTheInitialsTheyStandFor() {
        assertThat(Acronyms.isAcronym("NATO")).isTrue();
        assertThat(Acronyms.isAcronym("U.N.")).isTrue();
        assertThat(Acronyms.isAcronym("Nato")).isFalse();
        assertThat(Acronyms.initials(Names.words(Names.key("North Atlantic Treaty Organization")))).isEqualTo("NATO");
        assertThat(Acronyms.translatedInitials(Names.words(Names.key("Central Telegraph Agency of Freedonia"))))
                .contains("FCNA");
    }

    @Test
    void aNameEndingInACompanysWordIsACompanys() {
        assertThat(Names.corporate("Varro Seaways")).isTrue();
        assertThat(Names.corporate("Tarrow Foods Ltd")).isTrue();
        assertThat(Names.corporate("Seaways")).as("one word").isFalse();
        assertThat(Names.corporate("Oskar Venturell")).isFalse();
    }
}
