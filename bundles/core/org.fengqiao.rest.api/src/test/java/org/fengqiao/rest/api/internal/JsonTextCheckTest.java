package org.fengqiao.rest.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.fengqiao.platform.api.Problem;
import org.fengqiao.rest.api.ApiJson;
import org.junit.jupiter.api.Test;

class JsonTextCheckTest {

    private static List<String> problems(String json) throws Exception {
        return JsonProvider.textProblems(ApiJson.MAPPER.readTree(json)).stream()
                .map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void everyTextOfABodyIsCheckedByItsPath() throws Exception {
        assertEquals(List.of(), problems("{\"title\":\"停水\",\"fields\":{\"location\":\"少先路\"},\"n\":3}"));
        assertEquals(List.of("title:invalid_characters"), problems("{\"title\":\"a\\u0000b\"}"));
        assertEquals(List.of("fields.location:invalid_characters", "tags[1]:invalid_characters"),
                problems("{\"fields\":{\"location\":\"\\u0007\"},\"tags\":[\"ok\",\"\\ud800\"]}"));
        assertEquals(List.of("password:invalid_characters"),
                problems("{\"username\":\"li\",\"password\":\"abc\\udc00\"}"));
        assertEquals(List.of("fields:invalid_characters"), problems("{\"fields\":{\"bad\\u0000key\":1}}"));
        assertEquals(List.of("body:invalid_characters"), problems("\"\\u0000\""));
    }

    @Test
    void problemsCarryAReadableMessage() throws Exception {
        Problem p = JsonProvider.textProblems(ApiJson.MAPPER.readTree("{\"body\":\"x\\u0000\"}")).get(0);
        assertEquals("body holds a character that cannot be stored: control character U+0000 at position 1",
                p.message());
    }
}
