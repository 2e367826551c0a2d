package org.fengqiao.rest.api.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.fengqiao.platform.api.FengqiaoException;
import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.fengqiao.platform.api.TextRules;
import org.fengqiao.rest.api.ApiJson;
import org.fengqiao.rest.api.WebApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * JSON in and out, by Jackson, with the API's strict mapper. Every text of a request body, names included, is checked
 * before it is bound: one that holds a character that cannot be stored ({@link TextRules}) is a 400 naming its path.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsName(WebApi.JSON_PROVIDER)
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect("(" + WebApi.JSON_API + "=true)")
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(ApiJson.MAPPER);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JsonNode tree = ApiJson.MAPPER.readTree(entityStream);
        if (tree == null || tree.isMissingNode()) {
            return null;
        }
        List<Problem> problems = textProblems(tree);
        if (!problems.isEmpty()) {
            throw FengqiaoException.invalid(problems);
        }
        return ApiJson.MAPPER.readerFor(ApiJson.MAPPER.constructType(genericType)).readValue(tree);
    }

    /** Every text in a JSON document that cannot be stored, by path ({@code fields.location}, {@code tags[2]}). */
    static List<Problem> textProblems(JsonNode tree) {
        Problems problems = new Problems();
        walk(tree, "", problems);
        return problems.list();
    }

    private static void walk(JsonNode node, String path, Problems problems) {
        if (node.isTextual()) {
            TextRules.check(problems, path.isEmpty() ? "body" : path, node.textValue());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (TextRules.invalidCharacter(field.getKey()).isPresent()) {
                    TextRules.check(problems, path.isEmpty() ? "body" : path, field.getKey());
                    continue;
                }
                walk(field.getValue(), name, problems);
            }
        } else if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), path + "[" + i + "]", problems);
            }
        }
    }
}
