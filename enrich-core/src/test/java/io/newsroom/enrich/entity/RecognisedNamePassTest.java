package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.contracts.Entity;

class RecognisedNamePassTest {

    private static List<Entity> tag(String text) {
        return Shipped.TAGGER.tag("", text, Shipped.DAY);
    }

    @Test
    void namesNoListHoldsAreFoundAndTypedUnderLocalIds() {
        assertThat(tag("Shares rose after chief executive Jensen Huang spoke at a conference in Santa Clara."))
                .extracting(Entity::name, Entity::type)
                .contains(tuple("Jensen Huang", "PERSON"),
                        tuple("Santa Clara", "PLACE"));
        assertThat(tag("The report by Amnesty International was published on Monday.")).singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("Amnesty International");
                    assertThat(e.type()).isEqualTo("ORGANIZATION");
                    assertThat(e.id()).startsWith(Entity.LOCAL_PREFIX + "organization-");
                });
    }

    @Test
    void theGazetteerLinksWhatItHoldsAndTheRecogniserFindsTheRest() {
        assertThat(tag("Vladimir Putin met Jensen Huang in Moscow.")).extracting(Entity::name, Entity::id)
                .contains(tuple("Vladimir Putin", "Q7747"))
                .anySatisfy(t -> assertThat(t.toList()).first().isEqualTo("Jensen Huang"));
    }

    @Test
    void aSurnameTheRecogniserFindsAloneAfterTheFullNameIsThatPerson() {
        assertThat(tag("The striker Erling Haaland scored twice on Saturday, and Haaland later thanked the fans."))
                .filteredOn(e -> e.name().equals("Erling Haaland")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Entity.Mention::surface)
                        .containsExactly("Erling Haaland", "Haaland"));
    }

    @Test
    void aCapitalisedWordAloneAtASentenceStartIsNoName() {
        assertThat(tag("Visit them at the museum to see the paintings.")).isEmpty();
    }

    @Test
    void theFirstPartOfAContractionOrALetterAloneIsNoName() {
        assertThat(tag("Don’t go home. Take a bus, Don said.")).extracting(Entity::mentions)
                .allSatisfy(m -> assertThat(m).extracting(Entity.Mention::start).doesNotContain(0));
        assertThat(tag("New Jersey style (examples are Unix and C) tends to win.")).extracting(Entity::name)
                .doesNotContain("C");
    }

    @Test
    void aNameWhoseNounSaysItIsAThingIsNoPerson() {
        assertThat(tag("Spain won the Davis Cup after Carlos Alcaraz beat his rival."))
                .noneMatch(e -> e.name().equals("Davis Cup") && e.type().equals("PERSON"));
    }

    @Test
    void aWordAloneOfTheNameOfSomeoneTheArticleNamesIsThem() {
        assertThat(tag("Chinese President Xi Jinping began talks at the Kremlin. Xi arrived in Moscow earlier. For his"
                + " part, President Xi reaffirmed the plan.")).filteredOn(e -> e.type().equals("PERSON")).singleElement()
                .satisfies(e -> {
                    assertThat(e.id()).isEqualTo("Q15031");
                    assertThat(e.mentions()).extracting(Entity.Mention::surface).containsExactly("Xi Jinping", "Xi", "Xi");
                });
    }

    @Test
    void theEnglishModelReadsEnglishArticlesOrWhereTheLanguageIsUnknownArticlesMostlyInLatinLetters() {
        String text = "Shares rose after chief executive Jensen Huang spoke at a conference.";
        assertThat(Shipped.TAGGER.tag("", text, Shipped.DAY, "en")).extracting(Entity::name).contains("Jensen Huang");
        assertThat(Shipped.TAGGER.tag("", text, Shipped.DAY, "und")).extracting(Entity::name).contains("Jensen Huang");
        // as if a page were wrongly taken for Polish: the English model is not asked
        assertThat(Shipped.TAGGER.tag("", text, Shipped.DAY, "pl")).isEmpty();
        assertThat(tag("По словам Jensen Huang, акции компании выросли на прошлой неделе.")).isEmpty();
    }
}
