package org.triangulate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Token;
import org.junit.jupiter.api.Test;
import org.triangulate.Fixtures;
import org.triangulate.model.AnnotatedDocument;
import org.triangulate.model.Entity;
import org.triangulate.model.EntityType;
import org.triangulate.model.Mention;
import org.triangulate.model.Span;

class EntityResolverTest {
    /** A document whose mentions are the given names, typed, found where they are in the text. */
    private static AnnotatedDocument doc(String id, String text, Object... namesAndTypes) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            String name = (String) namesAndTypes[i];
            int at = text.indexOf(name, from);
            mentions.add(new Mention(new Span(at, at + name.length()), name, (EntityType) namesAndTypes[i + 1], 0));
            from = at + name.length();
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("['’]s\\b|[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*|\\S").matcher(text);
        while (m.find()) tokens.add(new Token(new Span(m.start(), m.end()), m.group(), "NNP", m.group(), "O"));
        return new AnnotatedDocument(Fixtures.article(id, text, null), List.of(), tokens, mentions, List.of(),
                List.of());
    }

    private static List<Entity> resolve(AnnotatedDocument... docs) {
        return new EntityResolver().resolve(List.of(docs));
    }

    /** The names of the entity that holds a mention written so. */
    private static List<String> namesWith(List<Entity> entities, String alias) {
        return entities.stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow().aliases();
    }

    private static Entity.Reason reasonFor(List<Entity> entities, String alias) {
        return entities.stream().flatMap(e -> e.merges().stream())
                .filter(m -> m.name().equals(alias) || m.joined().equals(alias))
                .map(Entity.Merge::reason).findFirst().orElseThrow();
    }

    @Test
    void transliterationVariantsOfANameJoin() {
        List<Entity> entities = resolve(
                doc("d1", "Muammar Gaddafi spoke to Boris Yeltsin about Tchaikovsky.", "Muammar Gaddafi",
                        EntityType.PERSON, "Boris Yeltsin", EntityType.PERSON, "Tchaikovsky", EntityType.PERSON),
                doc("d2", "Muammar Qaddafi met Boris El'tsin. Chaikovsky played.", "Muammar Qaddafi",
                        EntityType.PERSON, "Boris El'tsin", EntityType.PERSON, "Chaikovsky", EntityType.PERSON),
                doc("d3", "Kadhafi left; Борис Ельцин stayed.", "Kadhafi", EntityType.PERSON,
                        "Борис Ельцин", EntityType.PERSON));
        assertThat(namesWith(entities, "Muammar Gaddafi")).containsExactlyInAnyOrder("Muammar Gaddafi",
                "Muammar Qaddafi", "Kadhafi");
        assertThat(namesWith(entities, "Boris Yeltsin")).containsExactlyInAnyOrder("Boris Yeltsin", "Boris El'tsin",
                "Борис Ельцин");
        assertThat(namesWith(entities, "Tchaikovsky")).containsExactlyInAnyOrder("Tchaikovsky", "Chaikovsky");
        assertThat(reasonFor(entities, "Muammar Qaddafi")).isEqualTo(Entity.Reason.SPELLING_VARIANT);
    }

    @Test
    void lookAlikeNamesStayApart() {
        List<Entity> entities = resolve(
                doc("d1", "Kim Jong Un and his sister Kim Yo Jong visited Austria.", "Kim Jong Un", EntityType.PERSON,
                        "Kim Yo Jong", EntityType.PERSON, "Austria", EntityType.LOCATION),
                doc("d2", "Kim spoke in Australia and Austrian officials listened.", "Kim", EntityType.PERSON,
                        "Australia", EntityType.LOCATION, "Austrian", EntityType.MISC));
        assertThat(namesWith(entities, "Kim Jong Un")).containsExactly("Kim Jong Un");
        assertThat(namesWith(entities, "Kim Yo Jong")).containsExactly("Kim Yo Jong");
        assertThat(namesWith(entities, "Kim")).as("two Kims in the batch: the lone one is ambiguous")
                .containsExactly("Kim");
        assertThat(namesWith(entities, "Austria")).containsExactly("Austria", "Austrian");
        assertThat(namesWith(entities, "Australia")).containsExactly("Australia");
    }

    @Test
    void aFamilyNameWrittenFirstJoinsTheOneFullNameOfItsDocument() {
        List<Entity> entities = resolve(
                doc("d1", "Kim Jong Un spoke. Kim said more.", "Kim Jong Un", EntityType.PERSON, "Kim", EntityType.PERSON),
                doc("d2", "Kim Yo Jong spoke. Kim said more.", "Kim Yo Jong", EntityType.PERSON, "Kim", EntityType.PERSON));
        assertThat(entities).extracting(Entity::name).containsExactly("Kim Jong Un", "Kim Yo Jong");
        assertThat(entities.get(0).mentions()).extracting(Entity.EntityMention::doc).containsExactly("d1", "d1");
        assertThat(reasonFor(entities, "Kim")).isEqualTo(Entity.Reason.SURNAME);
    }

    @Test
    void acronymsJoinTheirExpansion() {
        List<Entity> entities = resolve(
                doc("d1", "The North Atlantic Treaty Organization met.", "North Atlantic Treaty Organization",
                        EntityType.ORGANIZATION),
                doc("d2", "NATO said no.", "NATO", EntityType.ORGANIZATION),
                doc("d3", "The Office of Harbour Safety (KHS) and the Port Board (PB) spoke; KHS agreed.",
                        "Office of Harbour Safety", EntityType.ORGANIZATION, "Port Board", EntityType.ORGANIZATION),
                doc("d4", "KHS and PB disagreed.", "KHS", EntityType.ORGANIZATION));
        assertThat(namesWith(entities, "NATO")).containsExactly("North Atlantic Treaty Organization", "NATO");
        assertThat(reasonFor(entities, "NATO")).isEqualTo(Entity.Reason.ACRONYM);
        assertThat(namesWith(entities, "Office of Harbour Safety")).as("defined in the text, letters or not")
                .containsExactly("Office of Harbour Safety", "KHS");
        assertThat(namesWith(entities, "KHS")).hasSize(2);
        assertThat(entities.stream().filter(e -> e.aliases().contains("Port Board")).findFirst().orElseThrow()
                .mentions()).extracting(Entity.EntityMention::text).as("PB found where the tagger missed it")
                .containsExactly("Port Board", "PB", "PB");
        assertThat(reasonFor(entities, "KHS")).isEqualTo(Entity.Reason.DEFINED_IN_TEXT);
    }

    @Test
    void aTranslatedNameMatchesTheAcronymOfItsEnglishForm() {
        List<Entity> entities = resolve(
                doc("d1", "The Central Telegraph Agency of Freedonia reported it.",
                        "Central Telegraph Agency of Freedonia", EntityType.ORGANIZATION),
                doc("d2", "State news agency FCNA said so.", "FCNA", EntityType.ORGANIZATION));
        assertThat(namesWith(entities, "FCNA")).containsExactly("Central Telegraph Agency of Freedonia", "FCNA");
        assertThat(reasonFor(entities, "FCNA")).isEqualTo(Entity.Reason.TRANSLATED_ACRONYM);
    }

    @Test
    void countriesJoinByTheAliasListAndStayApart() {
        List<Entity> entities = resolve(
                doc("d1", "The Democratic People’s Republic of Korea (North Korea) and the DPRK's army.",
                        "Democratic People", EntityType.MISC, "Republic of Korea", EntityType.LOCATION,
                        "North Korea", EntityType.LOCATION, "DPRK", EntityType.ORGANIZATION),
                doc("d2", "South Korean officials met North Korean ones in South Korea.", "South Korean",
                        EntityType.MISC, "North Korean", EntityType.MISC, "South Korea", EntityType.LOCATION));
        Entity north = entities.stream().filter(e -> e.aliases().contains("DPRK")).findFirst().orElseThrow();
        assertThat(north.name()).isEqualTo("North Korea");
        assertThat(north.reference()).isEqualTo("country:KP");
        assertThat(north.aliases()).containsExactlyInAnyOrder("Democratic People’s Republic of Korea", "North Korea",
                "DPRK", "North Korean");
        assertThat(namesWith(entities, "South Korea")).containsExactlyInAnyOrder("South Korean", "South Korea");
        assertThat(reasonFor(entities, "North Korean")).isEqualTo(Entity.Reason.DEMONYM);
    }

    @Test
    void aDemonymOfAPlaceOfTheBatchIsThatPlaceWhateverItWasTaggedAs() {
        List<Entity> entities = resolve(
                doc("d1", "Lusmera's ports reopened.", "Lusmera", EntityType.LOCATION),
                doc("d2", "The Lusmeran drugmaker Tarrow Foods said so.", "Lusmeran", EntityType.PERSON,
                        "Tarrow Foods", EntityType.PERSON));
        Entity place = entities.stream().filter(e -> e.aliases().contains("Lusmeran")).findFirst().orElseThrow();
        assertThat(place.aliases()).containsExactlyInAnyOrder("Lusmera", "Lusmeran");
        assertThat(place.type()).isEqualTo(EntityType.LOCATION);
        assertThat(reasonFor(entities, "Lusmeran")).isEqualTo(Entity.Reason.DEMONYM);
        Entity firm = entities.stream().filter(e -> e.name().equals("Tarrow Foods")).findFirst().orElseThrow();
        assertThat(firm.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aDemonymMakesAPlaceOfANameTheTaggerTookForABodyOrAPerson() {
        List<Entity> entities = resolve(
                doc("d1", "Six Brisundians died. The ministry in Brisund said so.", "Brisundians", EntityType.MISC,
                        "Brisund", EntityType.ORGANIZATION),
                doc("d2", "Brisund mourned. Brisundian students were aboard.", "Brisund", EntityType.PERSON,
                        "Brisundian", EntityType.MISC),
                doc("d3", "Montrasse expelled them. The Montrassian ministry said so. Montrasse is a republic.",
                        "Montrasse", EntityType.PERSON, "Montrassian", EntityType.MISC, "Montrasse",
                        EntityType.LOCATION));
        Entity brisund = entities.stream().filter(e -> e.aliases().contains("Brisundian")).findFirst().orElseThrow();
        assertThat(brisund.aliases()).containsExactlyInAnyOrder("Brisund", "Brisundian", "Brisundians");
        assertThat(brisund.name()).as("a place is named by its name, not its people's").isEqualTo("Brisund");
        assertThat(brisund.type()).isEqualTo(EntityType.LOCATION);
        Entity montrasse = entities.stream().filter(e -> e.aliases().contains("Montrassian")).findFirst()
                .orElseThrow();
        assertThat(montrasse.aliases()).containsExactlyInAnyOrder("Montrasse", "Montrassian");
        assertThat(montrasse.name()).isEqualTo("Montrasse");
    }

    @Test
    void aBodysShortNameJoinsItsOneLongNameButNotAPersons() {
        List<Entity> entities = resolve(
                doc("d1", "Tarrow Foods Ltd recalled a batch. Tarrow said sorry.", "Tarrow Foods Ltd",
                        EntityType.ORGANIZATION, "Tarrow", EntityType.PERSON),
                doc("d2", "Tarrow denies it. Quell spoke.", "Tarrow", EntityType.ORGANIZATION, "Quell",
                        EntityType.PERSON),
                doc("d3", "Mara Quell and Quell Holdings.", "Mara Quell", EntityType.PERSON, "Quell Holdings",
                        EntityType.ORGANIZATION));
        Entity firm = entities.stream().filter(e -> e.aliases().contains("Tarrow Foods Ltd")).findFirst()
                .orElseThrow();
        assertThat(firm.aliases()).containsExactlyInAnyOrder("Tarrow Foods Ltd", "Tarrow");
        assertThat(firm.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(reasonFor(entities, "Tarrow")).isEqualTo(Entity.Reason.SHORT_NAME);
        // A word that is also a person's name stays a person's.
        assertThat(namesWith(entities, "Quell Holdings")).containsExactly("Quell Holdings");
    }


    @Test
    void aBodysNameCutToItsHeadJoinsItWhenOnlyOneBodyHasThatHead() {
        List<Entity> entities = resolve(
                doc("d1", "The Renewal Front and the Dockworkers' Union of Lusmere met.", "Renewal Front",
                        EntityType.ORGANIZATION, "Dockworkers' Union of Lusmere", EntityType.ORGANIZATION),
                doc("d2", "The Front walked out. The Union stayed.", "Front", EntityType.ORGANIZATION, "Union",
                        EntityType.ORGANIZATION),
                doc("d3", "The Northgate Wire and the Northgate Wire Trust.", "Northgate Wire",
                        EntityType.ORGANIZATION, "Northgate Wire Trust", EntityType.ORGANIZATION),
                doc("d4", "The Electoral Commission and the Trade Commission; the Commission said no.",
                        "Electoral Commission", EntityType.ORGANIZATION, "Trade Commission", EntityType.ORGANIZATION,
                        "Commission", EntityType.ORGANIZATION));
        assertThat(namesWith(entities, "Renewal Front")).containsExactlyInAnyOrder("Renewal Front", "Front");
        assertThat(reasonFor(entities, "Front")).isEqualTo(Entity.Reason.HEAD_NAME);
        assertThat(namesWith(entities, "Union")).containsExactlyInAnyOrder("Dockworkers' Union of Lusmere", "Union");
        // A longer name that begins with a body's name is another body; a head two bodies share is no one's.
        assertThat(namesWith(entities, "Northgate Wire")).containsExactly("Northgate Wire");
        assertThat(namesWith(entities, "Commission")).containsExactly("Commission");
    }

    @Test
    void aBodysNameCutBeforeWhatItIsForJoinsIt() {
        List<Entity> entities = resolve(
                doc("d1", "The Brightwater Institute for Conflict Studies published images.",
                        "Brightwater Institute for Conflict Studies", EntityType.ORGANIZATION),
                doc("d2", "The Brightwater Institute said the road was new.", "Brightwater Institute",
                        EntityType.ORGANIZATION));
        assertThat(namesWith(entities, "Brightwater Institute")).containsExactlyInAnyOrder(
                "Brightwater Institute for Conflict Studies", "Brightwater Institute");
    }
    @Test
    void wordOrderAndPlaceUnits() {
        List<Entity> entities = resolve(
                doc("d1", "The Ministry of Defence of Freedonia and the Lviv Oblast.",
                        "Ministry of Defence of Freedonia", EntityType.ORGANIZATION, "Lviv Oblast", EntityType.LOCATION),
                doc("d2", "Freedonia's Defence Ministry? No: the Freedonian Defence Ministry, in Lviv.",
                        "Freedonian Defence Ministry", EntityType.ORGANIZATION, "Lviv", EntityType.LOCATION));
        assertThat(namesWith(entities, "Lviv")).containsExactly("Lviv Oblast", "Lviv");
        assertThat(namesWith(entities, "Freedonian Defence Ministry")).hasSize(2);
        assertThat(reasonFor(entities, "Freedonian Defence Ministry")).isEqualTo(Entity.Reason.WORD_ORDER);
    }

    @Test
    void titlesAreBoundToTheirHolders() {
        List<Entity> entities = resolve(
                doc("d1", "Harbour Minister Ada Brenn spoke. Tobias Brannock, general secretary of the union, replied.",
                        "Ada Brenn", EntityType.PERSON, "Tobias Brannock", EntityType.PERSON),
                doc("d2", "The port's chief executive, Mirela Castellane, left.", "Mirela Castellane",
                        EntityType.PERSON));
        assertThat(entities).extracting(Entity::name, Entity::roles).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ada Brenn", List.of("Harbour Minister")),
                org.assertj.core.groups.Tuple.tuple("Tobias Brannock", List.of("general secretary of the union")),
                org.assertj.core.groups.Tuple.tuple("Mirela Castellane", List.of("port's chief executive")));
        assertThat(Roles.fits(List.of("the", "harbour", "minister"), "Harbour Minister")).isTrue();
        assertThat(Roles.fits(List.of("the", "Freedonian", "president"), "Freedonia's President")).isTrue();
        assertThat(Roles.fits(List.of("the", "minister"), "Harbour Minister")).isTrue();
        assertThat(Roles.fits(List.of("the", "finance", "minister"), "Harbour Minister")).isFalse();
        assertThat(Roles.fits(List.of("the", "union"), "general secretary of the union"))
                .as("a description must name the role, not only where it is held").isFalse();
    }

    @Test
    void aTitleStaysInItsHoldersSentence() {
        AnnotatedDocument doc = Fixtures.annotator().annotate(Fixtures.article("d1",
                "Farmers dispute the authority's account\n\nThe water minister, Teodor Malick, has ordered an inquiry.",
                null), s -> true);
        Entity malick = new EntityResolver().resolve(List.of(doc)).stream()
                .filter(e -> e.name().equals("Teodor Malick")).findFirst().orElseThrow();
        assertThat(malick.roles()).containsExactly("water minister");
    }

    @Test
    void aCapitalIsMarkedAsSpeakingForItsCountry() {
        List<Entity> entities = resolve(doc("d1", "Vienna said so, and Austria agreed.", "Vienna",
                EntityType.LOCATION, "Austria", EntityType.LOCATION));
        assertThat(entities).extracting(Entity::name, Entity::capitalOf, Entity::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Vienna", "country:AT", null),
                org.assertj.core.groups.Tuple.tuple("Austria", null, "country:AT"));
    }

    @Test
    void aUserAliasFileJoinsWhatNothingElseWould(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("aliases.tsv");
        java.nio.file.Files.writeString(file, "# ours\nHarbour Authority\tthe port's owners\tKHA\n");
        EntityResolver resolver = new EntityResolver(AliasList.builtIn().with(AliasList.read(file)));
        List<Entity> entities = resolver.resolve(List.of(
                doc("d1", "The port's owners spoke.", "port's owners", EntityType.ORGANIZATION),
                doc("d2", "The Harbour Authority agreed.", "Harbour Authority", EntityType.ORGANIZATION)));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).name()).isEqualTo("Harbour Authority");
        assertThat(entities.get(0).merges()).extracting(Entity.Merge::reason).containsExactly(Entity.Reason.ALIAS_LIST);
    }

    @Test
    void aMalformedAliasFileIsNamedWithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("aliases.tsv");
        java.nio.file.Files.writeString(file, "A\tB\njust one column\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AliasList.read(file))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file + ":2");
        java.nio.file.Files.writeString(file, "{\"A\": [\"X\"], \"B\": [\"X\"]}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AliasList.read(file))
                .hasMessageContaining("\"X\" is already an alias of \"A\"");
    }

    @Test
    void joinsSurnamesToTheOneFullNameAcrossDocuments() {
        List<Entity> entities = new EntityResolver().resolve(List.of(
                doc("d1", "Anna Lindqvist spoke. He listened.", "Anna Lindqvist", EntityType.PERSON,
                        "He", EntityType.PERSON),
                doc("d2", "Lindqvist left the Harbour Board’s office.", "Lindqvist", EntityType.PERSON,
                        "Harbour Board’s", EntityType.ORGANIZATION),
                doc("d3", "The Harbour Board's chair spoke.", "Harbour Board's", EntityType.ORGANIZATION)));
        assertThat(entities).extracting(Entity::name).containsExactly("Anna Lindqvist", "Harbour Board");
        assertThat(entities.get(0).mentions()).extracting(Entity.EntityMention::doc).containsExactly("d1", "d2");
        assertThat(entities.get(1).aliases()).containsExactly("Harbour Board’s", "Harbour Board's");
    }

    @Test
    void keepsApartTwoPeopleWhoShareASurname() {
        List<Entity> entities = new EntityResolver().resolve(List.of(
                doc("d1", "Anna Lindqvist and Erik Lindqvist met. Lindqvist spoke.", "Anna Lindqvist",
                        EntityType.PERSON, "Erik Lindqvist", EntityType.PERSON, "Lindqvist", EntityType.PERSON)));
        assertThat(entities).extracting(Entity::name).containsExactly("Anna Lindqvist", "Erik Lindqvist", "Lindqvist");
    }

    @Test
    void aTitledSurnameIsAPersonAndJoinsTheFullName() {
        List<Entity> entities = new EntityResolver().resolve(List.of(
                doc("d1", "Tobias Brannock spoke.", "Tobias Brannock", EntityType.PERSON),
                doc("d2", "Mr Brannock left. Ms. Castellane stayed.", "Mr Brannock", EntityType.PERSON,
                        "Ms. Castellane", EntityType.ORGANIZATION)));
        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tobias Brannock", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Ms. Castellane", EntityType.PERSON));
        assertThat(entities.get(0).aliases()).containsExactly("Tobias Brannock", "Mr Brannock");
    }

}
