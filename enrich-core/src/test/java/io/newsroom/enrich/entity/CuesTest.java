package io.newsroom.enrich.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CuesTest {

    private final NameKeys keys = new NameKeys();
    private final Tokenizer tokenizer = new Tokenizer(keys);
    private final Cues cues = new Cues(keys);

    private List<Token> tokens(String text) {
        return tokenizer.tokens(text, "text", 1);
    }

    @Test
    void everyTitleSuggestsAnOfficeOfTheGazetteerOrNoParticularOne() {
        assertThat(Lexicon.rows("titles", r -> new Cues.Title(r.get("word"), r.get("role")))).isNotEmpty()
                .allSatisfy(t -> assertThat(t.role()).as(t.word())
                        .isIn("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "title"));
    }

    @Test
    void titlesInAnyInflectionOrWithACliticSuggestTheirOffice() {
        assertThat(cues.title(keys.key("президента"))).isEqualTo("head_of_state");
        assertThat(cues.title(keys.key("Prime"))).isEqualTo("head_of_government");
        assertThat(cues.title(keys.key("والرئيس"))).isEqualTo("head_of_state");
        assertThat(cues.title(keys.key("ambassador"))).isEqualTo("title");
        assertThat(cues.title(keys.key("weather"))).isNull();
    }

    @Test
    void particlesVerbsOfSayingAndOrdinalsAreKnownInTheirLanguages() {
        assertThat(List.of("bin", "van", "аль", "فون").stream().filter(w -> cues.particle(keys.key(w))))
                .containsExactly("bin", "van", "аль");
        assertThat(cues.saying(keys.key("وقال"))).isTrue();
        assertThat(cues.numeral(tokens("الثاني").get(0))).isEqualTo("II");
        assertThat(cues.numeral(tokens("VI").get(0))).isEqualTo("VI");
        assertThat(cues.numeral(tokens("Vienna").get(0))).isNull();
    }

    @Test
    void monthsAndTitlesAreNoNamesButACapitalisedRussianMonthInsideASentenceIs() {
        assertThat(cues.notAName(tokens("He left in May").get(3))).isTrue();
        assertThat(cues.notAName(tokens("the Ambassador").get(1))).isTrue();
        assertThat(cues.notAName(tokens("от Марта Лаара").get(1))).isFalse();
        assertThat(cues.notAName(tokens("Марта 8 прошла встреча").get(0))).isTrue();
    }

    @Test
    void aTitleAnnouncesANameUpToFourWordsAwayInItsSentence() {
        assertThat(cues.before(tokens("President of the Republic Rahmon spoke"), 4)).isEqualTo("head_of_state");
        assertThat(cues.before(tokens("President of the great Republic Rahmon spoke"), 5)).isNull();
        assertThat(cues.before(tokens("The president spoke. Rahmon left"), 3)).isNull();
        assertThat(cues.after(tokens("Ali Rahman, the leader of Tajikistan"), 1)).isTrue();
        assertThat(cues.after(tokens("Ali Rahman left. The leader stayed"), 1)).isFalse();
    }

    @Test
    void afterRussianInACapitalisedWordIsAPlace() {
        Set<String> before = Set.of("в", "Во");
        assertThat(before).allSatisfy(w -> assertThat(cues.placePreposition(tokens(w).get(0))).isTrue());
        assertThat(cues.placePreposition(tokens("с").get(0))).isFalse();
    }

    @Test
    void aNameIsNotCutOutOfAHyphenatedWord() {
        TagContext compoundName = Shipped.article("Основатель PIP Жан-Клод Мас объявлен в розыск.");
        assertThat(cues.cutFromCompound(compoundName, 3, 5)).as("Клод Мас of Жан-Клод Мас").isTrue();
        assertThat(cues.cutFromCompound(compoundName, 2, 5)).as("Жан-Клод Мас").isFalse();
        TagContext adjective = Shipped.article("сообщил президент Научно-исследовательского центра");
        assertThat(cues.cutFromCompound(adjective, 2, 3)).as("Научно of Научно-исследовательского").isTrue();
    }

    @Test
    void aPrefixAParticleOrAnEnglishParticipleLeavesTheNameItsOwnWord() {
        assertThat(cues.cutFromCompound(Shipped.article("An Anti-Putin rally"), 2, 3)).isFalse();
        assertThat(cues.cutFromCompound(Shipped.article("said Nouri al-Maliki"), 3, 4)).isFalse();
        assertThat(cues.cutFromCompound(Shipped.article("the Netanyahu-led government"), 1, 2)).isFalse();
    }

    @Test
    void aCapitalisedWordAfterAPlacePrepositionStandsWhereAPlaceDoesUnlessPossessive() {
        assertThat(cues.where(Shipped.article("It is a Saturday afternoon in Austin, and crowds gather."), 6, 7)).isTrue();
        assertThat(cues.where(Shipped.article("Встреча прошла в Таллине."), 3, 4)).isTrue();
        assertThat(cues.where(Shipped.article("the principles in Peter Morville's honeycomb"), 3, 5)).isFalse();
        assertThat(cues.where(Shipped.article("It is a Saturday afternoon in Austin."), 3, 4)).isFalse();
    }

    @Test
    void aRussianFunctionWordWithACapitalInsideASentenceIsANameWord() {
        List<Token> t = tokens("Том сказал, что музыкант Том Робинсон в том году приехал.");
        // "Том" opening the sentence may be the pronoun; inside it, with a capital, it is Tom
        assertThat(cues.stop(t.get(0))).isTrue();
        assertThat(cues.stop(t.get(4))).isFalse();
        assertThat(cues.stop(t.get(7))).isTrue();
    }
}
