package org.triangulate.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
        return new AnnotatedDocument(Fixtures.article(id, text, null), List.of(), List.of(), mentions, List.of(),
                List.of());
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

    @Test
    void keyIgnoresCaseApostrophesAndALeadingThe() {
        assertThat(EntityResolver.key("The Harbour Board’s")).isEqualTo(EntityResolver.key("harbour board's"));
        assertThat(EntityResolver.key("The Hague")).isEqualTo("hague");
    }
}
