package app.baton.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Report shares read as each language writes them: a decimal comma and a space before % where that is the custom. */
class PercentFormatTest {

    @Test
    void eachLanguageWritesAShareItsOwnWay() {
        assertEquals("66.7%", PageContext.percent(66.7, Locale.ENGLISH));
        assertEquals("66,7\u00a0%", PageContext.percent(66.7, Locale.forLanguageTag("lt")));
        assertEquals("66,7\u00a0%", PageContext.percent(66.7, Locale.forLanguageTag("ru")));
        assertEquals("66,7%", PageContext.percent(66.7, Locale.forLanguageTag("lv")).replace("\u00a0", ""));
        assertEquals("100%", PageContext.percent(100.0, Locale.ENGLISH));
        assertEquals("–", PageContext.percent(null, Locale.ENGLISH));
    }
}
