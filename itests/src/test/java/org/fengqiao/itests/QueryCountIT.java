package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.fengqiao.identity.api.Role;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;

/**
 * Reading a page costs a fixed number of SQL statements, whatever its size: every statement the JPA layer sends is
 * logged on channel {@code openjpa.jdbc.SQL} (turned on for this container only) and counted here, per request
 * thread, so an N+1 read (one query per author, unit or row) fails this test instead of coming back unnoticed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QueryCountIT extends FengqiaoTestSupport {

    /** A board page: the page, its bounded count, and everyone named on it. */
    static final int BOARD_PAGE_STATEMENTS = 3;
    /** A ticket: the ticket with its timeline, and everyone named on it. */
    static final int TICKET_VIEW_STATEMENTS = 3;

    /** The SQL of a board's page, as OpenJPA writes it. */
    static final String BOARD_LIST = "t0.BOARD_ID = ?";

    private final List<String[]> statements = Collections.synchronizedList(new ArrayList<>());
    private ServiceRegistration<?> appender;

    @Override
    @Configuration
    public Option[] config() {
        String cfg = "etc/org.ops4j.pax.logging.cfg";
        return OptionUtils.combine(super.config(),
                editConfigurationFilePut(cfg, "log4j2.logger.openjpasql.name", "openjpa.jdbc.SQL"),
                editConfigurationFilePut(cfg, "log4j2.logger.openjpasql.level", "TRACE"),
                editConfigurationFilePut(cfg, "log4j2.logger.openjpasql.additivity", "false"),
                editConfigurationFilePut(cfg, "log4j2.logger.openjpasql.appenderRef.PaxOsgi.ref", "PaxOsgi"));
    }

    /** A Pax Logging appender (an OSGi service) that keeps each statement and the thread that sent it. */
    @Before
    public void countStatements() throws ClassNotFoundException {
        Class<?> type = Class.forName("org.ops4j.pax.logging.spi.PaxAppender");
        Object counter = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    if (method.getName().equals("doAppend")) {
                        Object event = args[0];
                        String message = (String) event.getClass().getMethod("getMessage").invoke(event);
                        if (message != null && message.contains("executing")) {
                            statements.add(new String[] {
                                (String) event.getClass().getMethod("getThreadName").invoke(event), message });
                        }
                        return null;
                    }
                    return method.getName().equals("hashCode") ? System.identityHashCode(proxy)
                            : method.getName().equals("equals") ? proxy == args[0] : "sql-counter";
                });
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("org.ops4j.pax.logging.appender.name", "fengqiao-sql-counter");
        appender = bundleContext.registerService(type.getName(), counter, properties);
    }

    @After
    public void stopCounting() {
        appender.unregister();
    }

    /**
     * The statements the request sent: those of the Jetty thread ({@code qtp…}) that sent {@code marker}, the query
     * only it makes; background work (the outbox, the sweeps) runs on threads of its own.
     */
    private List<String> statementsOf(String path, String marker, String token) {
        statements.clear();
        Http.Response response = token == null ? http.get(path) : http.get(path, token);
        assertEquals(response.text(), 200, response.status());
        List<String[]> seen;
        synchronized (statements) {
            seen = new ArrayList<>(statements);
        }
        String thread = seen.stream().filter(s -> s[0].startsWith("qtp") && s[1].contains(marker)).map(s -> s[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + marker + " among " + seen.size()));
        return seen.stream().filter(s -> s[0].equals(thread)).map(s -> s[1]).toList();
    }

    @Test
    public void aBoardPageReadsItsPeopleAtOnce() {
        String officer = http.login(staff("count", "计数民警", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        for (int i = 0; i < 25; i++) {
            // a new author for every post, and a staff reply that makes the officer its assignee
            long id = http.post("/boards/household/tickets", householdPost("计数 " + i), citizen("count")).json()
                    .path("id").asLong();
            if (i % 2 == 0) {
                http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version", 1), officer);
            }
        }
        // warm: the persistence units read their metadata once (another page: the public's pages are kept as sent)
        http.get("/boards/household/tickets?size=3");

        List<String> small = statementsOf("/boards/household/tickets?size=2", BOARD_LIST, null);
        List<String> large = statementsOf("/boards/household/tickets?size=20", BOARD_LIST, null);
        assertTrue("a page of 20: " + large, large.size() <= BOARD_PAGE_STATEMENTS);
        assertEquals("a page of 20 costs what a page of 2 does: " + small + " / " + large, small.size(), large.size());

        statements.clear();
        assertEquals(200, http.get("/boards/household/tickets?size=20").status());
        synchronized (statements) {
            assertTrue("the same public page again, nothing changed, reads nothing: " + statements.stream()
                    .map(st -> st[1]).toList(), statements.stream().noneMatch(st -> st[1].contains(BOARD_LIST)));
        }

        String next = http.get("/boards/household/tickets?size=20").json().path("next").asText();
        List<String> deeper = statementsOf("/boards/household/tickets?size=20&after=" + next, BOARD_LIST, null);
        assertTrue("the page after: " + deeper, deeper.size() <= BOARD_PAGE_STATEMENTS);

        List<String> queue = statementsOf("/me/queue?scope=unit&size=20", "t0.UNIT_CODE = ?", officer);
        // the queue also reads the caller's session and account
        assertTrue("a unit's queue: " + queue, queue.size() <= BOARD_PAGE_STATEMENTS + 2);
    }

    @Test
    public void aTicketViewReadsItsPeopleAtOnce() {
        String citizen = citizen("view");
        String officer = http.login(staff("view", "查看民警", "shaoxian-precinct", Role.OFFICER).username(), PASSWORD);
        long id = http.post("/boards/household/tickets", householdPost("查看"), citizen).json().path("id").asLong();
        int version = http.post("/tickets/" + id + "/transitions", Map.of("action", "accept", "version", 1), officer)
                .json().path("version").asInt();
        for (int i = 0; i < 5; i++) {
            http.post("/tickets/" + id + "/replies", Map.of("body", "答复 " + i), i % 2 == 0 ? officer : citizen);
        }
        assertTrue(version > 1);
        // warm on another post: the public's ticket views are kept as sent, this one must be built
        long other = http.post("/boards/household/tickets", householdPost("预热"), citizen).json().path("id").asLong();
        http.post("/tickets/" + other + "/replies", Map.of("body", "预热答复"), officer);
        http.get("/tickets/" + other);

        List<String> view = statementsOf("/tickets/" + id, "FQ_TIMELINE_ENTRY", null);
        assertTrue("an anonymous ticket view: " + view, view.size() <= TICKET_VIEW_STATEMENTS);
    }
}
