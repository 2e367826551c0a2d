package org.fengqiao.rest.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    @Test
    void theMostPreferredPlatformLanguageIsChosen() {
        assertEquals(Optional.of("zh"), AcceptLanguage.preferred("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Optional.of("en"), AcceptLanguage.preferred("en-US,en;q=0.9"));
        assertEquals(Optional.of("en"), AcceptLanguage.preferred("fr-FR, zh;q=0.3, en;q=0.7"));
        assertEquals(Optional.of("zh"), AcceptLanguage.preferred("ZH-Hans-CN"));
        assertEquals(Optional.of("zh"), AcceptLanguage.preferred("en;q=0, zh;q=0.1"), "q=0 means not acceptable");
    }

    @Test
    void noPlatformLanguageMeansNoChoice() {
        assertEquals(Optional.empty(), AcceptLanguage.preferred(null));
        assertEquals(Optional.empty(), AcceptLanguage.preferred(" "));
        assertEquals(Optional.empty(), AcceptLanguage.preferred("fr, de;q=0.5, *;q=0.1"));
        assertEquals(Optional.empty(), AcceptLanguage.preferred("en;q=nonsense"));
    }
}
