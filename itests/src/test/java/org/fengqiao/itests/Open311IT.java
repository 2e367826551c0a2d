package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.karaf.features.FeaturesService;
import org.fengqiao.identity.api.ApiKeyService;
import org.fengqiao.identity.api.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.JsonNode;

/** The Open311 GeoReport v2 server, checked against the specification in both formats, errors included. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class Open311IT extends FengqiaoTestSupport {

    private static final String FORM = "application/x-www-form-urlencoded";
    private final Http open311 = new Http(HTTP_PORT, "/open311/v2");
    private String key;

    @Before
    public void key() {
        key = service(ApiKeyService.class).create(unique("app").replace('.', '-'), "随手拍App", "open311").secret();
        Poll.until("the Open311 server", Duration.ofSeconds(60), () -> open311.get("/services.json"),
                r -> r.status() == 200);
    }

    private Http.Response get(String path) {
        return open311.send("GET", path, null, null, Map.of());
    }

    private Http.Response post(String format, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return open311.send("POST", "/requests." + format, FORM, body, Map.of());
    }

    private static Document xml(Http.Response r) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.text().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertEquals("one <" + name + "> in <" + parent.getTagName() + ">", 1, found.size());
        return found.get(0).getTextContent();
    }

    private static void assertError(Http.Response r, int status, boolean xml, String contains) throws Exception {
        assertEquals(r.text(), status, r.status());
        if (xml) {
            Element root = xml(r).getDocumentElement();
            assertEquals("errors", root.getTagName());
            Element error = children(root, "error").get(0);
            assertEquals(String.valueOf(status), text(error, "code"));
            assertTrue(r.text(), text(error, "description").contains(contains));
        } else {
            assertTrue(r.json().isArray());
            assertEquals(status, r.json().get(0).path("code").asInt());
            assertTrue(r.text(), r.json().get(0).path("description").asText().contains(contains));
        }
    }

    private Map<String, String> waterRequest(String description) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("api_key", key);
        form.put("jurisdiction_id", "baotou");
        form.put("service_code", "livelihood-water_supply");
        form.put("address_string", "昆都仑区少先路12号院");
        form.put("lat", "40.6571");
        form.put("long", "109.8403");
        form.put("attribute[water_problem]", "low_pressure");
        form.put("first_name", "建华");
        form.put("last_name", "王");
        form.put("phone", "13904725678");
        form.put("email", "wang@example.cn");
        form.put("description", description);
        return form;
    }

    @Test
    public void discoveryServicesAndDefinitionsInBothFormats() throws Exception {
        JsonNode discovery = get("/discovery.json").json();
        assertEquals("http://wiki.open311.org/GeoReport_v2", discovery.path("endpoints").get(0).path("specification")
                .asText());
        assertEquals("application/json", discovery.path("endpoints").get(0).path("formats").get(1).asText());
        Http.Response discoveryXml = get("/discovery.xml");
        assertTrue(discoveryXml.text(), discoveryXml.text().startsWith("<?xml"));
        Element d = xml(discoveryXml).getDocumentElement();
        assertEquals("discovery", d.getTagName());
        Element endpoint = children(children(d, "endpoints").get(0), "endpoint").get(0);
        assertEquals(List.of("text/xml", "application/json"), children(children(endpoint, "formats").get(0),
                "format").stream().map(Element::getTextContent).toList());
        OffsetDateTime.parse(text(d, "changeset"));

        JsonNode services = get("/services.json").json();
        List<String> codes = new ArrayList<>();
        services.forEach(s -> codes.add(s.path("service_code").asText()));
        assertTrue(codes.contains("livelihood-water_supply"));
        assertFalse("a confidential board is no service", codes.stream().anyMatch(c -> c.startsWith("tipoff-")));
        JsonNode water = services.get(codes.indexOf("livelihood-water_supply"));
        assertEquals("供水", water.path("service_name").asText());
        assertTrue(water.path("metadata").asBoolean());
        assertEquals("realtime", water.path("type").asText());
        for (String field : List.of("service_code", "service_name", "description", "metadata", "type", "keywords",
                "group")) {
            assertTrue(field, water.has(field));
        }
        Http.Response servicesXml = get("/services.xml");
        assertTrue(servicesXml.text(), servicesXml.text().contains("<services><service><service_code>"));
        assertEquals(codes.size(), children(xml(servicesXml).getDocumentElement(), "service").size());

        JsonNode definition = get("/services/livelihood-water_supply.json").json();
        assertEquals("livelihood-water_supply", definition.path("service_code").asText());
        JsonNode attributes = definition.path("attributes");
        assertEquals("address", attributes.get(0).path("code").asText());
        assertEquals("string", attributes.get(0).path("datatype").asText());
        assertTrue(attributes.get(0).path("required").asBoolean());
        assertEquals(1, attributes.get(0).path("order").asInt());
        JsonNode problem = attributes.get(2);
        assertEquals("water_problem", problem.path("code").asText());
        assertEquals("singlevaluelist", problem.path("datatype").asText());
        assertEquals("outage", problem.path("values").get(0).path("key").asText());
        Element def = xml(get("/services/livelihood-water_supply.xml")).getDocumentElement();
        assertEquals("service_definition", def.getTagName());
        Element attribute = children(children(def, "attributes").get(0), "attribute").get(2);
        assertEquals("true", text(attribute, "variable"));
        assertEquals("outage", text(children(children(attribute, "values").get(0), "value").get(0), "key"));

        assertError(get("/services/nope-nothing.json"), 404, false, "nope-nothing");
        assertError(get("/services/nope-nothing.xml"), 404, true, "nope-nothing");
        assertError(get("/services.json?jurisdiction_id=hohhot"), 404, false, "jurisdiction_id");
        assertError(get("/services.yaml"), 404, false, "format");
        assertError(get("/no-such-endpoint.xml"), 404, true, "no such endpoint");
    }

    @Test
    public void installingAndUninstallingABoardChangesTheServiceList() throws Exception {
        FeaturesService features = service(FeaturesService.class);
        features.uninstallFeature("fengqiao-board-antidrug");
        try {
            Poll.until("antidrug services to go", Duration.ofSeconds(30), () -> get("/services.json").text(),
                    t -> !t.contains("antidrug-"));
        } finally {
            features.installFeature("fengqiao-board-antidrug");
        }
        Poll.until("antidrug services to return", Duration.ofSeconds(30), () -> get("/services.json").text(),
                t -> t.contains("antidrug-"));
    }

    @Test
    public void creatingARequestRefusesWhatTheStandardRefuses() throws Exception {
        Map<String, String> noKey = waterRequest("水压太低");
        noKey.remove("api_key");
        assertError(post("json", noKey), 403, false, "api_key");
        assertError(post("xml", noKey), 403, true, "api_key");
        Map<String, String> wrongKey = waterRequest("水压太低");
        wrongKey.put("api_key", "wrong");
        assertError(post("json", wrongKey), 403, false, "api_key");
        Map<String, String> noCode = waterRequest("水压太低");
        noCode.remove("service_code");
        assertError(post("xml", noCode), 400, true, "service_code");
        Map<String, String> unknownCode = waterRequest("水压太低");
        unknownCode.put("service_code", "nope-nope");
        assertError(post("json", unknownCode), 400, false, "not found");
        Map<String, String> nowhere = waterRequest("水压太低");
        nowhere.remove("address_string");
        nowhere.remove("lat");
        assertError(post("json", nowhere), 400, false, "location");
        Map<String, String> badAttribute = waterRequest("水压太低");
        badAttribute.put("attribute[water_problem]", "flooded");
        assertError(post("json", badAttribute), 400, false, "attribute[water_problem]");
        Map<String, String> unknownAttribute = waterRequest("水压太低");
        unknownAttribute.put("attribute[colour]", "blue");
        assertError(post("xml", unknownAttribute), 400, true, "colour");
        Map<String, String> badLat = waterRequest("水压太低");
        badLat.put("lat", "north");
        assertError(post("json", badLat), 400, false, "lat");
        Map<String, String> otherCity = waterRequest("水压太低");
        otherCity.put("jurisdiction_id", "hohhot");
        assertError(post("json", otherCity), 404, false, "jurisdiction_id");
        assertError(open311.send("POST", "/requests.json", "application/json", "{}", Map.of()), 415, false,
                "form");
    }

    @Test
    public void aRequestAppearsOnItsBoardAndItsChangesInTheUpdates() throws Exception {
        String started = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Http.Response created = post("json", waterRequest("五楼以上水压太低，联系电话13904725678"));
        assertEquals(created.text(), 200, created.status());
        long id = created.json().get(0).path("service_request_id").asLong();
        String token = created.json().get(0).path("token").asText();
        assertTrue(created.json().get(0).has("service_notice"));
        Http.Response createdXml = post("xml", waterRequest("水压低"));
        Element request = children(xml(createdXml).getDocumentElement(), "request").get(0);
        assertEquals("service_requests", xml(createdXml).getDocumentElement().getTagName());
        assertTrue(Long.parseLong(text(request, "service_request_id")) > id);

        // it is a ticket on the livelihood board, posted by the client, the requester's contact for staff only
        String officer = http.login(staff("hotline", "派单员", "hotline-12345", Role.DEPARTMENT_STAFF).username(),
                PASSWORD);
        JsonNode ticket = http.get("/tickets/" + id, officer).json();
        assertEquals("livelihood", ticket.path("ticket").path("boardId").asText());
        assertEquals("随手拍App", ticket.path("ticket").path("author").path("name").asText());
        assertEquals("昆都仑区少先路12号院", ticket.path("ticket").path("fields").path("address").asText());
        assertEquals("建华 王", ticket.path("contact").path("name").asText());
        assertEquals("13904725678", ticket.path("contact").path("phone").asText());
        boolean listed = false;
        for (JsonNode item : http.get("/boards/livelihood/tickets?size=50").json().path("items")) {
            listed |= item.path("id").asLong() == id;
        }
        assertTrue("the request is listed on its board", listed);

        // reading it back: by id, by token, in lists; personal data masked
        JsonNode one = get("/requests/" + id + ".json").json().get(0);
        assertEquals("open", one.path("status").asText());
        assertEquals("livelihood-water_supply", one.path("service_code").asText());
        assertFalse(one.path("description").asText().contains("13904725678"));
        assertFalse(one.path("address").asText().contains("12号"));
        assertEquals(40.6571, one.path("lat").asDouble(), 1e-9);
        OffsetDateTime.parse(one.path("requested_datetime").asText());
        assertTrue(one.path("requested_datetime").asText().endsWith("+08:00"));
        assertEquals("包头市12345政务服务便民热线", one.path("agency_responsible").asText());
        Element oneXml = children(xml(get("/requests/" + id + ".xml")).getDocumentElement(), "request").get(0);
        assertEquals(String.valueOf(id), text(oneXml, "service_request_id"));
        assertEquals("", text(oneXml, "zipcode"));
        JsonNode byToken = get("/tokens/" + token + ".json").json().get(0);
        assertEquals(id, byToken.path("service_request_id").asLong());
        assertError(get("/tokens/nope.xml"), 404, true, "token");
        assertError(get("/requests/99999999.json"), 404, false, "not found");
        assertError(get("/requests/abc.xml"), 404, true, "not found");
        assertEquals(1, get("/requests.json?service_request_id=" + id).json().size());
        assertTrue(get("/requests.json?service_code=livelihood-water_supply&status=open").json().findValues(
                "service_request_id").stream().anyMatch(n -> n.asLong() == id));
        assertFalse(get("/requests.json?status=closed").json().findValues("service_request_id").stream()
                .anyMatch(n -> n.asLong() == id));
        assertError(get("/requests.json?status=pending"), 400, false, "status");
        assertError(get("/requests.json?start_date=2026-01-01T00:00:00%2B08:00&end_date=2026-06-01T00:00:00%2B08:00"),
                400, false, "90 days");
        assertError(get("/requests.xml?start_date=yesterday"), 400, true, "start_date");
        assertError(get("/requests.json?service_code=nope-nope"), 400, false, "nope-nope");
        // a confidential tip-off is no service request
        String citizen = citizen("whistle");
        long tipoff = http.post("/boards/tipoff/tickets", Map.of("category", "drugs", "title", "疑似吸毒",
                "body", "某小区半夜经常有人聚集。", "fields", Map.of("location", "某小区")), citizen).json().path("id").asLong();
        assertError(get("/requests/" + tipoff + ".json"), 404, false, "not found");

        // handled in Fengqiao: the status and its steps show up in servicerequestupdates
        int v = ticket.path("ticket").path("version").asInt();
        v = http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version", v), officer).json()
                .path("version").asInt();
        assertEquals(200, http.post("/tickets/" + id + "/transitions", Map.of("action", "resolve", "version", v,
                "reason", "已调整二次供水泵压力"), officer).status());
        JsonNode closed = get("/requests/" + id + ".json").json().get(0);
        assertEquals("closed", closed.path("status").asText());
        assertEquals("已调整二次供水泵压力", closed.path("status_notes").asText());

        String query = "/servicerequestupdates.json?start_date=" + URLEncoder.encode(started, StandardCharsets.UTF_8);
        List<JsonNode> updates = new ArrayList<>();
        get(query).json().forEach(u -> {
            if (u.path("service_request_id").asLong() == id) {
                updates.add(u);
            }
        });
        assertTrue(updates.toString(), updates.size() >= 3);
        for (String field : List.of("update_id", "service_request_id", "status", "updated_datetime", "description",
                "media_url")) {
            assertTrue(field, updates.get(0).has(field));
        }
        assertEquals("open", updates.get(0).path("status").asText());
        assertEquals("closed", updates.get(updates.size() - 1).path("status").asText());
        assertTrue(updates.get(updates.size() - 1).path("description").asText().contains("二次供水泵"));
        Element updatesXml = xml(get(query.replace(".json", ".xml"))).getDocumentElement();
        assertEquals("service_request_updates", updatesXml.getTagName());
        assertFalse(children(updatesXml, "request_update").isEmpty());
        assertError(get("/servicerequestupdates.json?start_date=2020-01-01T00:00:00Z&end_date=2021-01-01T00:00:00Z"),
                400, false, "90 days");
    }
}
