package org.fengqiao.open311.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class Open311FormatTest {

    private static Map<String, Object> service() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", "livelihood-water_supply");
        s.put("metadata", true);
        s.put("keywords", null);
        return s;
    }

    @Test
    void arraysAreWrappedInXmlAndPlainInJson() {
        Open311Format.Items services = new Open311Format.Items("service", List.of(service()));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><services><service>"
                + "<service_code>livelihood-water_supply</service_code><metadata>true</metadata><keywords/>"
                + "</service></services>", Open311Format.XML.write("services", services));
        assertEquals("[{\"service_code\":\"livelihood-water_supply\",\"metadata\":true,\"keywords\":null}]",
                Open311Format.JSON.write("services", services));
    }

    @Test
    void nestedArraysKeepTheirItemNames() {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("formats", new Open311Format.Items("format", List.of("text/xml", "application/json")));
        Map<String, Object> discovery = Map.of("endpoints", new Open311Format.Items("endpoint", List.of(endpoint)));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery><endpoints><endpoint><formats>"
                + "<format>text/xml</format><format>application/json</format></formats></endpoint></endpoints>"
                + "</discovery>", Open311Format.XML.write("discovery", discovery));
        assertEquals("{\"endpoints\":[{\"formats\":[\"text/xml\",\"application/json\"]}]}",
                Open311Format.JSON.write("discovery", discovery));
    }

    @Test
    void textIsEscapedInXml() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", 400);
        error.put("description", "a <b> & c");
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><errors><error><code>400</code>"
                + "<description>a &lt;b&gt; &amp; c</description></error></errors>",
                Open311Format.XML.write("errors", new Open311Format.Items("error", List.of(error))));
    }

    @Test
    void noStoredTextCanBreakAnXmlList() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("description", "旧数据\u0000里有\u0008控制字符\uD800和😀");
        String xml = Open311Format.XML.write("service_requests",
                new Open311Format.Items("request", List.of(request)));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request><description>"
                + "旧数据\uFFFD里有\uFFFD控制字符\uFFFD和😀</description></request></service_requests>", xml);
        assertEquals("tab\tline\nok", Open311Format.xmlText("tab\tline\nok"));
    }
}
