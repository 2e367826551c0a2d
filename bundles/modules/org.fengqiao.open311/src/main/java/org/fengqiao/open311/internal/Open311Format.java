package org.fengqiao.open311.internal;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two formats of GeoReport v2. A response is built once as maps (objects, in element order) and
 * {@link Items} (arrays, with the element name each item gets in XML), then written as JSON by Jackson or as XML by
 * the JDK's StAX writer: {@code Items("service", …)} under {@code <services>} becomes
 * {@code <services><service>…</service></services>} in XML and {@code [{…}]} in JSON.
 */
enum Open311Format {
    XML("text/xml; charset=UTF-8"), JSON("application/json; charset=UTF-8");

    /** An array; {@code itemName} names each item's element in XML. */
    record Items(String itemName, List<?> items) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final String mediaType;

    Open311Format(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static java.util.Optional<Open311Format> of(String extension) {
        return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
            case "xml" -> java.util.Optional.of(XML);
            case "json" -> java.util.Optional.of(JSON);
            default -> java.util.Optional.empty();
        };
    }

    /** Writes {@code value} with {@code rootName} as the XML document element (JSON has no root name). */
    String write(String rootName, Object value) {
        return this == JSON ? json(value) : xml(rootName, value);
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(toJsonTree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object toJsonTree(Object value) {
        if (value instanceof Items items) {
            return items.items().stream().map(Open311Format::toJsonTree).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, toJsonTree(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Open311Format::toJsonTree).toList();
        }
        return value;
    }

    private static String xml(String rootName, Object value) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, rootName, value);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Items items) {
            for (Object item : items.items()) {
                element(xml, items.itemName(), item);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(xml, e.getKey().toString(), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            throw new IllegalArgumentException("a list under <" + name + "> needs an item name: use Items");
        } else {
            xml.writeCharacters(xmlText(value.toString()));
        }
        xml.writeEndElement();
    }

    /**
     * Text XML 1.0 can carry: characters it forbids (control characters, unpaired surrogates), which older rows may
     * hold, become U+FFFD, so that no stored text can make a list fail.
     */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
