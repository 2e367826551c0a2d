package org.fengqiao.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.identity.api.StaffRegistration;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots the project's own distribution (karaf-assembly) with test ports, Pax Exam's feature and a fast password
 * hash. Tests speak to it over real HTTP on 127.0.0.1.
 */
public abstract class FengqiaoTestSupport {

    public static final int HTTP_PORT = 18181;
    public static final String PASSWORD = "it-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Department linkages the distribution boots with. */
    protected static final int BAOTOU_LINKAGES = 4;
    private static final String JAXRS_RUNTIME = "org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime";
    private static final Duration SETTLED = Duration.ofSeconds(4);
    private static volatile boolean settled;

    /** Boards the distribution boots with; tests start when all are there (they register one by one). */
    protected static final int BAOTOU_BOARDS = 13;
    /** The first start migrates every bundle's schema: on a busy 2-core machine services take a while. */
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(90);

    @Inject
    protected BundleContext bundleContext;

    protected IdentityService identity;

    private final Map<Class<?>, ServiceTracker<?, ?>> trackers = new HashMap<>();

    protected final Http http = new Http(HTTP_PORT);

    @Configuration
    public Option[] config() {
        String karafVersion = System.getProperty("karaf.version");
        File distribution = new File(System.getProperty("fengqiao.distribution"));
        File target = new File(System.getProperty("project.build.directory"));
        String examRepository = new File(System.getProperty("fengqiao.exam.repository")).toURI().toString();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl(distribution.toURI().toString()).name("Fengqiao")
                    .karafVersion(karafVersion).unpackDirectory(new File(target, "exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevelOption.LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
            editConfigurationFileExtend("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                    examRepository + "@id=exam@snapshots"),
            // tests create many accounts: a cheap bcrypt cost keeps them fast, the algorithm is the same
            editConfigurationFilePut("etc/org.fengqiao.identity.cfg", "password.cost", "4"),
            // every test client is 127.0.0.1 and posts a lot: the abuse limits are ThrottleIT's to tighten
            editConfigurationFilePut("etc/org.fengqiao.rest.limits.cfg", "login.attempts.per_address", "100000"),
            editConfigurationFilePut("etc/org.fengqiao.rest.limits.cfg", "registrations.per_address", "100000"),
            editConfigurationFilePut("etc/org.fengqiao.rest.limits.cfg", "tickets.per_account", "100000"),
            javaModuleOptions(karafVersion),
            systemProperty("fengqiao.version").value(System.getProperty("fengqiao.version")),
            // where a test writes what it prints into the docs (the test itself runs inside the container)
            systemProperty("fengqiao.itests.target").value(target.getAbsolutePath()),
            systemProperty("pax.exam.service.timeout").value(String.valueOf(SERVICE_TIMEOUT.toMillis())),
            database(target),
        };
    }

    /** Embedded Derby as shipped, or a fresh PostgreSQL database for this class ({@link TestDatabase}). */
    private Option database(File target) {
        if (!TestDatabase.postgresql()) {
            return composite();
        }
        try {
            String name = TestDatabase.databaseName(getClass().getSimpleName());
            File cfg = TestDatabase.freshDataSourceConfig(name, target.toPath().resolve("postgresql").resolve(name))
                    .toFile();
            return replaceConfigurationFile("etc/org.ops4j.datasource-fengqiao.cfg", cfg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What bin/karaf passes to the JVM on Java 9+, which Pax Exam does not do by itself. */
    private static Option javaModuleOptions(String karafVersion) {
        return composite(vmOptions(
                "-Xmx512m",
                "-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"));
    }

    /**
     * Before every test: waits until the API serves boards and the organisation tree is loaded (the tree is written in
     * one transaction, so any unit means all of them).
     */
    @Before
    public void awaitApi() {
        identity = service(IdentityService.class);
        Poll.until("the API to list every board of the Baotou profile", Duration.ofSeconds(90),
                () -> http.get("/boards"), r -> r.status() == 200 && r.json().size() >= BAOTOU_BOARDS);
        Poll.until("the organisation tree", Duration.ofSeconds(60), () -> http.get("/health"),
                r -> r.status() == 200 && r.json().path("units").asInt() > 0);
        Poll.until("every department linkage of the Baotou profile", Duration.ofSeconds(90),
                () -> http.get("/linkages"), r -> r.status() == 200 && r.json().size() >= BAOTOU_LINKAGES);
        awaitSettledWhiteboard();
    }

    /**
     * Once per container: waits until the JAX-RS whiteboard stopped changing (its runtime's
     * {@code service.changecount} stayed the same for four seconds). Every resource that arrives rebuilds its
     * application, which answers "No service was found" for a few milliseconds; resources that depend on late
     * services (department linkage, API keys) arrive after the first answers.
     */
    private void awaitSettledWhiteboard() {
        if (settled) {
            return;
        }
        Object[] last = { null };
        long[] since = { System.nanoTime() };
        Poll.until("the JAX-RS whiteboard to settle", Duration.ofSeconds(90), () -> {
            org.osgi.framework.ServiceReference<?> runtime = bundleContext.getServiceReference(JAXRS_RUNTIME);
            Object count = runtime == null ? null : runtime.getProperty("service.changecount");
            if (count == null || !count.equals(last[0])) {
                last[0] = count;
                since[0] = System.nanoTime();
            }
            return count != null && System.nanoTime() - since[0] >= SETTLED.toNanos();
        }, Boolean::booleanValue);
        settled = true;
    }

    /**
     * A service of the container, waited for as long as Pax Exam would; if it never comes, the failure names the
     * last error in the container's log (usually why a component could not be activated). The service is held
     * until the container stops.
     */
    protected <T> T service(Class<T> type) {
        @SuppressWarnings("unchecked")
        ServiceTracker<T, T> tracker = (ServiceTracker<T, T>) trackers.computeIfAbsent(type, t -> {
            ServiceTracker<T, T> opened = new ServiceTracker<>(bundleContext, type, null);
            opened.open();
            return opened;
        });
        try {
            T found = tracker.waitForService(SERVICE_TIMEOUT.toMillis());
            if (found == null) {
                throw new AssertionError(type.getSimpleName() + " did not appear within " + SERVICE_TIMEOUT.toSeconds()
                        + " s; " + KarafLog.lastError());
            }
            return found;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + type.getSimpleName(), e);
        }
    }

    protected static String unique(String prefix) {
        return prefix + "." + System.nanoTime() % 1_000_000 + "." + SEQUENCE.incrementAndGet();
    }

    /** A real-name staff account made through the identity service, as an administrator would. */
    protected Account staff(String prefix, String fullName, String unit, Role... roles) {
        return identity.createStaff(new StaffRegistration(unique(prefix), PASSWORD,
                new StaffProfile(fullName, "IT-" + SEQUENCE.incrementAndGet(), unit, "测试民警", null), Set.of(roles)));
    }

    /** A citizen registered over HTTP; returns the bearer token. */
    protected String citizen(String prefix) {
        String username = unique(prefix);
        Http.Response r = http.post("/auth/register",
                Map.of("username", username, "password", PASSWORD, "displayName", "市民" + prefix), null);
        if (r.status() != 201) {
            throw new AssertionError("registration failed: " + r.text());
        }
        return http.login(username, PASSWORD);
    }

    /** A household post that passes every check. */
    protected static Map<String, Object> householdPost(String title) {
        return Map.of("category", "id_card", "title", title, "body", "身份证到期了，想问换领需要什么材料。",
                "fields", Map.of("applicant_relation", "self", "card_request", "renewal",
                        "id_number", "11010519491231002X"));
    }
}
