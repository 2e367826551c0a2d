package org.fengqiao.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The plugin kit as an integrator in another city uses it (docs/writing-a-board.md, docs/writing-a-module.md): the
 * archetypes run in an empty folder, offline, from the local repository; the generated projects are built outside the
 * reactor with plain {@code mvn install}; their KARs are dropped into {@code deploy/} of the running distribution. A
 * second version of the board replaces the first in place while clients keep reading, and removing the plugins leaves
 * the core unharmed.
 */
public class PluginKitIT {

    private static final int PORT = 18681;
    private static final String ARCHETYPE_PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:3.2.1:generate";
    private static final Http http = new Http(PORT);
    private static Distribution distribution;
    private static Path work;
    private static Path boardKar1;
    private static Path boardKar2;
    private static Path moduleKar;
    private static Path moduleKar2;

    @BeforeClass
    public static void buildPluginsAndBoot() throws Exception {
        work = Path.of(System.getProperty("project.build.directory"), "plugin-kit-it-work");
        deleteTree(work);
        Files.createDirectories(work);
        distribution = Distribution.unpack("plugin-kit-it", PORT, 18601, 11599, 44945);
        distribution.start();

        long t0 = System.nanoTime();
        mvn(work, ARCHETYPE_PLUGIN, "-DarchetypeGroupId=org.fengqiao", "-DarchetypeArtifactId=fengqiao-board-archetype",
                "-DarchetypeVersion=" + System.getProperty("fengqiao.version"), "-DgroupId=org.example.city",
                "-DartifactId=pets", "-Dversion=1.0.0", "-Dpackage=org.example.city.pets", "-DboardId=pets",
                "-DboardClass=PetsBoard", "-DboardNameZh=宠物登记", "-DboardNameEn=Pet registration",
                "-DroutingUnit=shaoxian-precinct");
        long generated = System.nanoTime();
        Path pets = work.resolve("pets");
        mvn(pets, "install");
        long built = System.nanoTime();
        boardKar1 = pets.resolve("target/pets-1.0.0-plugin.kar");
        System.out.printf("BENCH plugin kit: board archetype generated in %d ms, built (tests, bundle, KAR) in %d ms%n",
                (generated - t0) / 1_000_000, (built - generated) / 1_000_000);

        // version 1.0.1: one more category, nothing else
        Path pets2 = work.resolve("pets-1.0.1");
        copyTree(pets, pets2);
        deleteTree(pets2.resolve("target"));
        replace(pets2.resolve("pom.xml"), "<version>1.0.0</version>", "<version>1.0.1</version>");
        replace(pets2.resolve("src/main/java/org/example/city/pets/internal/PetsBoard.java"),
                "AllowedValue.of(\"urgent\", \"紧急\", \"Urgent\"))));",
                "AllowedValue.of(\"urgent\", \"紧急\", \"Urgent\"))),\n"
                        + "            Category.of(\"vaccination\", \"疫苗接种\", \"Vaccination\", Duration.ofHours(48),"
                        + " Duration.ofDays(14)));");
        mvn(pets2, "install");
        boardKar2 = pets2.resolve("target/pets-1.0.1-plugin.kar");

        mvn(work, ARCHETYPE_PLUGIN, "-DarchetypeGroupId=org.fengqiao", "-DarchetypeArtifactId=fengqiao-module-archetype",
                "-DarchetypeVersion=" + System.getProperty("fengqiao.version"), "-DgroupId=org.example.city",
                "-DartifactId=hours", "-Dversion=1.0.0", "-Dpackage=org.example.city.hours", "-DmoduleId=hours",
                "-DmoduleClass=Hours", "-DmoduleNameZh=办事时间", "-DmoduleNameEn=Office hours");
        Path hours = work.resolve("hours");
        mvn(hours, "install");
        moduleKar = hours.resolve("target/hours-1.0.0-plugin.kar");
        // version 1.0.1 of the module: one more endpoint
        Path hours2 = work.resolve("hours-1.0.1");
        copyTree(hours, hours2);
        deleteTree(hours2.resolve("target"));
        replace(hours2.resolve("pom.xml"), "<version>1.0.0</version>", "<version>1.0.1</version>");
        replace(hours2.resolve("src/main/java/org/example/city/hours/internal/HoursResource.java"), "    @GET\n",
                "    @GET\n    @Path(\"version\")\n    public String version() {\n        return \"1.0.1\";\n    }\n\n    @GET\n");
        mvn(hours2, "install");
        moduleKar2 = hours2.resolve("target/hours-1.0.1-plugin.kar");

        Distribution.awaitDemoAccount(http, "officer.demo");
    }

    @AfterClass
    public static void stop() throws Exception {
        if (distribution != null) {
            distribution.stop();
        }
    }

    @Test
    public void aBoardFromTheArchetypeServesUpgradesInPlaceAndLeavesTheCoreUnharmed() throws Exception {
        Path deploy = distribution.home.resolve("deploy");
        long dropped = System.nanoTime();
        Files.copy(boardKar1, deploy.resolve(boardKar1.getFileName()));
        JsonNode board = Poll.until("the board from deploy/", Duration.ofSeconds(60), () -> http.get("/boards/pets"),
                r -> r.status() == 200).json();
        System.out.printf("BENCH plugin kit: KAR dropped into deploy/ to the board serving: %d ms%n",
                (System.nanoTime() - dropped) / 1_000_000);
        assertEquals("1.0.0", board.path("version").asText());
        assertEquals("[general]", codes(board.path("categories")).toString());
        assertTrue("the guide's shape: " + board, board.path("emergencyCategories").isArray()
                && board.path("complaintCategories").isArray() && board.path("answeringRoles").isArray());

        String citizen = http.login("citizen.demo", "fengqiao-demo");
        Http.Response created = http.post("/boards/pets/tickets", Map.of("category", "general", "title", "黄狗走失",
                "body", "一只黄色的中华田园犬", "fields", Map.of("location", "少先路29号院", "happened_at",
                        "2026-11-01T08:00")), citizen);
        assertEquals(created.text(), 201, created.status());
        long ticket = created.json().path("id").asLong();
        assertEquals("the plugin's own routing", "shaoxian-precinct", created.json().path("unit").path("code").asText());
        assertEquals(Duration.ofHours(24), firstResponse(created.json()));

        // its own messages and the platform's, in the caller's language
        Http.Response refused = http.send("POST", "/boards/pets/tickets", "application/json", Http.json(Map.of(
                "category", "general", "title", "急", "body", "急", "fields", Map.of("location", "3栋",
                        "urgency", "urgent"))), Map.of("Authorization", "Bearer " + citizen,
                                "Accept-Language", "zh-CN,zh;q=0.9"));
        assertEquals(400, refused.status());
        assertEquals("zh", refused.header("Content-Language"));
        assertEquals("紧急事项请填写发生时间", refused.json().path("details").get(0).path("message").asText());
        Http.Response english = http.send("POST", "/boards/pets/tickets", "application/json", Http.json(Map.of(
                "category", "general", "title", "x", "body", "x", "fields", Map.of())),
                Map.of("Authorization", "Bearer " + citizen, "Accept-Language", "en"));
        assertEquals("Where is required", english.json().path("details").get(0).path("message").asText());

        // the city overrides the plugin's settings in its etc/ file: the next post has the city's deadline
        Path settings = distribution.etc("org.example.city.pets.cfg");
        assertTrue("the plugin's configuration is written for the city to edit", Files.exists(settings));
        Files.writeString(settings, Files.readString(settings) + "\ndeadline.first-response = PT12H\n");
        Path log = distribution.home.resolve("data/log/karaf.log");
        Poll.until("the board's new settings", Duration.ofSeconds(30), () -> read(log),
                text -> text.contains("Board 'pets' 1.0.0: settings changed"));
        assertEquals(Duration.ofHours(12), firstResponse(http.post("/boards/pets/tickets", Map.of("category", "general",
                "title", "又一只", "body", "花猫", "fields", Map.of("location", "5栋")), citizen).json()));

        // version 1.0.1 beside 1.0.0, then 1.0.0 removed, while clients read all along
        List<String> failures = readWhile(List.of("/boards/pets", "/tickets/" + ticket, "/boards/pets/tickets"), () -> {
            Files.copy(boardKar2, deploy.resolve(boardKar2.getFileName()));
            Poll.until("version 1.0.1 serving", Duration.ofSeconds(60), () -> http.get("/boards/pets").json(),
                    b -> b.path("version").asText().equals("1.0.1"));
            Files.delete(deploy.resolve(boardKar1.getFileName()));
            Poll.until("version 1.0.0 gone", Duration.ofSeconds(60), () -> read(log),
                    text -> text.contains("Board 'pets': version 1.0.1 serves now"));
        });
        assertEquals("no read failed during the swap", List.of(), failures);
        JsonNode upgraded = http.get("/boards/pets").json();
        assertEquals("1.0.1", upgraded.path("version").asText());
        assertEquals("[general, vaccination]", codes(upgraded.path("categories")).toString());
        Http.Response old = http.get("/tickets/" + ticket);
        assertEquals(200, old.status());
        assertEquals("黄狗走失", old.json().path("ticket").path("title").asText());
        assertEquals(201, http.post("/boards/pets/tickets", Map.of("category", "vaccination", "title", "狂犬疫苗",
                "body", "哪里可以接种", "fields", Map.of()), citizen).status());

        // the precinct's queue lists the plugin's posts; once the plugin is out, its total matches what it lists
        String officer = http.login("officer.demo", "fengqiao-demo");
        JsonNode withBoard = http.get("/me/queue?scope=unit&size=100", officer).json();
        assertEquals("all of the queue on one page", withBoard.path("total").asInt(), withBoard.path("items").size());
        long petsPosts = withBoard.path("items").findValuesAsText("boardId").stream().filter("pets"::equals).count();
        assertEquals(3, petsPosts);

        Files.delete(deploy.resolve(boardKar2.getFileName()));
        Poll.until("the board removed", Duration.ofSeconds(60), () -> http.get("/boards/pets"),
                r -> r.status() == 404 && r.error().equals("board_not_installed"));
        assertEquals(404, http.get("/tickets/" + ticket).status());
        JsonNode without = http.get("/me/queue?scope=unit&size=100", officer).json();
        assertEquals(without.toString(), without.path("items").size(), without.path("total").asInt());
        assertTrue(without.toString(), !without.path("items").findValuesAsText("boardId").contains("pets"));
        assertEquals(withBoard.path("total").asInt() - petsPosts, without.path("total").asInt());

        // the core is unharmed: its boards serve and take posts
        assertEquals(200, http.get("/health").status());
        assertEquals(13, http.get("/boards").json().size());
        assertEquals(201, http.post("/boards/help/tickets", Map.of("category", "lost_property", "title", "丢了钥匙",
                "body", "一串钥匙", "fields", Map.of("location", "少先路", "item_kind", "keys")), citizen).status());

        // installed again, the posts are back
        Files.copy(boardKar2, deploy.resolve(boardKar2.getFileName()));
        Poll.until("the post readable again", Duration.ofSeconds(60), () -> http.get("/tickets/" + ticket),
                r -> r.status() == 200);
        Files.delete(deploy.resolve(boardKar2.getFileName()));
        Poll.until("the board removed again", Duration.ofSeconds(60), () -> http.get("/boards/pets"),
                r -> r.status() == 404);
    }

    @Test
    public void aModuleFromTheArchetypeBringsItsEndpointsTableSettingsAndMessages() throws Exception {
        Path deploy = distribution.home.resolve("deploy");
        Files.copy(moduleKar, deploy.resolve(moduleKar.getFileName()));
        Poll.until("the module's endpoint", Duration.ofSeconds(60), () -> http.get("/hours/entries"),
                r -> r.status() == 200);
        String leader = http.login("leader.demo", "fengqiao-demo");
        Http.Response added = http.post("/hours/entries", Map.of("title", "户籍窗口", "body", "周一至周五 9:00-17:00"),
                leader);
        assertEquals(added.text(), 201, added.status());
        assertEquals("李振华", added.json().path("authorName").asText());
        Http.Response taken = http.send("POST", "/hours/entries", "application/json",
                Http.json(Map.of("title", "户籍窗口")), Map.of("Authorization", "Bearer " + leader,
                        "Accept-Language", "zh"));
        assertEquals(400, taken.status());
        assertEquals("title：已有同名条目", taken.json().path("details").get(0).path("message").asText());
        assertEquals(403, http.post("/hours/entries", Map.of("title", "x"),
                http.login("citizen.demo", "fengqiao-demo")).status());
        assertTrue(Files.readString(distribution.etc("org.example.city.hours.cfg")).contains("page.size = 20"));

        // version 1.0.1 beside 1.0.0, then 1.0.0 removed, while clients read all along: the new version takes over
        // with the data, and no read fails
        List<String> failed = readWhile(List.of("/hours/entries"), () -> {
            Files.copy(moduleKar2, deploy.resolve(moduleKar2.getFileName()));
            Poll.until("version 1.0.1 serving", Duration.ofSeconds(60), () -> http.get("/hours/entries/version"),
                    r -> r.status() == 200 && r.text().contains("1.0.1"));
            Files.delete(deploy.resolve(moduleKar.getFileName()));
            Path log = distribution.home.resolve("data/log/karaf.log");
            Poll.until("version 1.0.0 gone", Duration.ofSeconds(60), () -> read(log), text -> {
                int at = text.indexOf("Uninstalling KAR hours-1.0.0-plugin");
                return at >= 0 && text.indexOf("| Done.", at) >= 0;
            });
        });
        assertEquals("reads failed during the module's upgrade: " + failed, List.of(), failed);
        assertEquals(200, http.get("/hours/entries/version").status());
        assertEquals("户籍窗口", http.get("/hours/entries").json().get(0).path("title").asText());

        Files.delete(deploy.resolve(moduleKar2.getFileName()));
        Poll.until("the module removed", Duration.ofSeconds(60), () -> http.get("/hours/entries"),
                r -> r.status() == 404 && r.error().equals("module_not_installed"));
        assertEquals(200, http.get("/boards/help/tickets").status());
        Files.copy(moduleKar2, deploy.resolve(moduleKar2.getFileName()));
        JsonNode back = Poll.until("the module back with its rows", Duration.ofSeconds(60),
                () -> http.get("/hours/entries"), r -> r.status() == 200).json();
        assertEquals("户籍窗口", back.get(0).path("title").asText());
        Files.delete(deploy.resolve(moduleKar2.getFileName()));
    }

    /** Reads the paths over and over while {@code change} runs, and two seconds after; the failed reads. */
    private static List<String> readWhile(List<String> paths, Change change) throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                for (String path : paths) {
                    Http.Response r = http.get(path);
                    reads.incrementAndGet();
                    if (r.status() != 200) {
                        failures.add(Instant.now() + " " + path + " " + r.status() + " " + r.text());
                    }
                }
            }
        }, "plugin-kit-reader");
        reader.start();
        try {
            change.run();
            Instant settle = Instant.now().plusSeconds(2);
            Poll.until("two more seconds of reading", Duration.ofSeconds(10), Instant::now, settle::isBefore);
        } finally {
            reading.set(false);
            reader.join(10_000);
        }
        System.out.printf("BENCH plugin kit: in-place upgrade of %s under %d reads: %d failed%n", paths, reads.get(),
                failures.size());
        return failures;
    }

    /** A step of a test that may throw. */
    private interface Change {
        void run() throws Exception;
    }

    private static Duration firstResponse(JsonNode ticket) {
        return Duration.between(Instant.parse(ticket.path("createdAt").asText()),
                Instant.parse(ticket.path("deadlines").path("firstResponseDue").asText()));
    }

    private static List<String> codes(JsonNode categories) {
        List<String> codes = new ArrayList<>();
        categories.forEach(c -> codes.add(c.path("code").asText()));
        return codes;
    }

    /** Maven as the integrator runs it: offline, from the local repository the build filled. */
    private static void mvn(Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("fengqiao.maven.home"), "bin", "mvn")
                .toString(), "-B", "-ntp", "-o", "-Dmaven.repo.local=" + System.getProperty("fengqiao.maven.repository")));
        command.addAll(List.of(arguments));
        Path output = dir.resolve("mvn-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            throw new AssertionError(String.join(" ", command) + " failed in " + dir + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(file + " holds " + from, text.contains(from));
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            }
        }
    }
}
