package io.newsroom.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One line per case, as the collector writes lines: white space collapsed. */
class ChromeLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"12", "$3,400", "Share", "Read more »", "Читайте также:", "Zobacz także", "إقرأ أيضاً",
            "相关阅读", "Werbung", "lire la suite…"})
    void countersAndLabelsInAnyLanguageAreChrome(String line) {
        assertThat(ChromeLines.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"© Reuters 2012", "Copyright 2012 The Associated Press", "Все права защищены.",
            "You are here: Home > World", "Photo: AP", "(fot. PAP)", "Please subscribe to our newsletter.",
            "Follow us on Telegram", "Jesteśmy też na Facebooku! Dołącz do nas!", "Leave a comment",
            "Размер шрифта", "【免责声明】本文仅代表作者个人观点", "Lorem ipsum dolor sit amet"})
    void noticesTheSiteRepeatsAreChrome(String line) {
        assertThat(ChromeLines.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share prices rose on Tuesday.", "Copyrighted material is lent to students.",
            "Both plans include free email tools for up to 100 subscribers.", "Users like using the new app.",
            "The minister said the photo was taken in May.", "The treaty was signed on 8 May 2025."})
    void sentencesThatUseTheseWordsAreText(String line) {
        assertThat(ChromeLines.isChrome(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published: Thursday, January 12 2012, 9:00 AM", "6 января 2012 г., 04:55"})
    void aShortLineThatIsADateIsChrome(String line) {
        assertThat(ChromeLines.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The war ended.", "Is it over?", "He said: «Yes.»", "战争结束了。"})
    void sentencesEndWithTheirStopBeforeClosingQuotes(String line) {
        assertThat(ChromeLines.endsSentence(line)).isTrue();
    }
}
