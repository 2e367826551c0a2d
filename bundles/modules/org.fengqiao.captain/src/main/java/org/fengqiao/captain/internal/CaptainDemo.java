package org.fengqiao.captain.internal;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.fengqiao.captain.api.FieldRecordKind;
import org.fengqiao.identity.api.Account;
import org.fengqiao.identity.api.IdentityService;
import org.fengqiao.identity.api.OrganisationTree;
import org.fengqiao.identity.api.Role;
import org.fengqiao.identity.api.StaffProfile;
import org.fengqiao.identity.api.StaffRegistration;
import org.fengqiao.platform.api.ResidentIdNumber;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The captains' part of the Baotou demo (with {@code etc/org.fengqiao.demo.cfg}, once): the standard addresses of a
 * compound on 少先路, its households, {@code captain.demo} as captain of two of its buildings, and a few past field
 * records made through the real sync. The residents' phones are those of the demo citizens, so they may rate their
 * captain.
 */
@Component(configurationPid = "org.fengqiao.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
public class CaptainDemo {

    static final String USERNAME = "captain.demo";
    static final String PASSWORD = "fengqiao-demo";
    private static final Logger LOG = LoggerFactory.getLogger(CaptainDemo.class);
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙" };
    private static final String[] GIVEN = { "建华", "秀兰", "志强", "丽娟", "海军", "桂英", "晓东", "玉梅", "国庆", "红霞" };

    private final IdentityService identity;
    private final AddressBook addresses;
    private final Captains captains;
    private final FieldSync sync;
    /** Baotou's record kinds: the demo makes records of all of them. */
    private static final Set<String> KINDS = Set.of("visit", "population", "hazard", "clue", "opinion");
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> new Thread(r, "fengqiao-captain-demo"));
    private final Set<String> kindsPresent = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    /** {@code tree} is a gate: the demo starts once the units are there, and Baotou's record kinds. */
    @Activate
    public CaptainDemo(@Reference IdentityService identity, @Reference AddressBook addresses,
            @Reference Captains captains, @Reference FieldSync sync, @Reference OrganisationTree tree) {
        this.identity = identity;
        this.addresses = addresses;
        this.captains = captains;
        this.sync = sync;
    }

    /** Optional, so that the resolver does not demand the record kinds, which are a feature of their own. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(FieldRecordKind kind) {
        kindsPresent.add(kind.code());
        if (kindsPresent.containsAll(KINDS) && started.compareAndSet(false, true)) {
            loader.submit(this::loadOnce);
        }
    }

    void removeKind(FieldRecordKind kind) {
        kindsPresent.remove(kind.code());
    }

    @Deactivate
    void stop() {
        loader.shutdownNow();
    }

    private void loadOnce() {
        try {
            if (identity.accountByUsername(USERNAME).filter(a -> captains.isCaptain(a.id())).isPresent()) {
                LOG.info("Captain demo data already loaded");
                return;
            }
            long start = System.nanoTime();
            addresses.importCsv(null, new StringReader(addressCsv()));
            Account captain = identity.accountByUsername(USERNAME).orElseGet(() -> identity.createStaff(
                    new StaffRegistration(USERNAME, PASSWORD, new StaffProfile("高建军", "BT-1108", "shaoxian-community",
                            "社区民警 楼长", "0472-5111108"), Set.of(Role.OFFICER))));
            captains.assign(null, captain.id(), List.of("bt-sxl29-b3", "bt-sxl29-b5"));
            captains.updateCard(captain, captain.id(), "13904721108",
                    "https://u.wechat.com/demo-captain-gaojianjun", null);
            int records = pastRecords(captain);
            LOG.info("Captain demo data loaded: 2 buildings served, {} field records in {} ms", records,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("Loading the captain demo data failed", e);
        }
    }

    /** 少先路29号院: buildings 3, 5 and 7, two entrances each, six floors of two doors. */
    static String addressCsv() {
        StringBuilder csv = new StringBuilder("level,code,parent,name,unit,housing\n");
        csv.append("district,bt-kdl,,昆都仑区,,\n");
        csv.append("subdistrict,bt-kdl-sxl,bt-kdl,少先路街道,,\n");
        csv.append("community,bt-kdl-sxl-c1,bt-kdl-sxl,少先路社区,shaoxian-community,\n");
        csv.append("compound,bt-sxl29,bt-kdl-sxl-c1,少先路29号院,,\n");
        for (int building : new int[] { 3, 5, 7 }) {
            String b = "bt-sxl29-b" + building;
            csv.append("building,").append(b).append(",bt-sxl29,").append(building).append("栋,,\n");
            for (int entrance = 1; entrance <= 2; entrance++) {
                String e = b + "-e" + entrance;
                csv.append("entrance,").append(e).append(',').append(b).append(',').append(entrance).append("单元,,\n");
                for (int floor = 1; floor <= 6; floor++) {
                    for (int door = 1; door <= 2; door++) {
                        int number = floor * 100 + door;
                        String housing = (floor + door + building) % 5 == 0 ? "rented"
                                : (floor * door) % 11 == 0 ? "vacant" : "owner_occupied";
                        csv.append("door,").append(e).append('-').append(number).append(',').append(e).append(',')
                                .append(number).append("室,,").append(housing).append('\n');
                    }
                }
            }
        }
        return csv.toString();
    }

    /** Residents moved in through population records, a few visits, a hazard and an opinion of the past weeks. */
    private int pastRecords(Account captain) {
        List<FieldSync.Incoming> records = new ArrayList<>();
        Instant now = Instant.now();
        int n = 0;
        for (int building : new int[] { 3, 5 }) {
            for (int entrance = 1; entrance <= 2; entrance++) {
                for (int floor = 1; floor <= 6; floor++) {
                    for (int door = 1; door <= 2; door++) {
                        String code = "bt-sxl29-b" + building + "-e" + entrance + "-" + (floor * 100 + door);
                        int people = (floor + door) % 3 + 1;
                        for (int p = 0; p < people; p++) {
                            n++;
                            String phone = building == 3 && entrance == 1 && floor == 2 && door == 1 && p == 0
                                    ? "13904720001" : building == 5 && entrance == 2 && floor == 4 && door == 2 && p == 0
                                            ? "13904720002" : "1390472" + String.format("%04d", 1000 + n);
                            boolean tenant = (floor + door + building) % 5 == 0;
                            Map<String, Object> data = new LinkedHashMap<>();
                            data.put("address", code);
                            data.put("action", "move_in");
                            data.put("id_number", idNumber(n));
                            data.put("name", SURNAMES[n % SURNAMES.length] + GIVEN[(n / 3) % GIVEN.length]);
                            data.put("phone", phone);
                            data.put("person_kind", tenant ? "tenant" : "resident");
                            data.put("registered", tenant && p > 0 ? "no" : "yes");
                            records.add(record("population", now.minus(Duration.ofDays(40)).plusSeconds(n * 60L),
                                    data));
                        }
                    }
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("address", "bt-sxl29-b" + (i % 2 == 0 ? 3 : 5) + "-e" + (i % 2 + 1) + "-" + (i + 1) + "01");
            data.put("outcome", i == 4 ? "absent" : "met");
            data.put("people_met", i == 4 ? 0 : 2);
            data.put("steps", Map.of("identify", "已亮明身份，发放警民联系卡", "household", "人户一致",
                    "fire_check", "未发现隐患", "opinions", "希望加强小区夜间巡逻", "education", "宣传防范电信诈骗"));
            records.add(record("visit", now.minus(Duration.ofDays(20 - i * 3)), data));
        }
        records.add(record("hazard", now.minus(Duration.ofDays(3)), Map.of("address", "bt-sxl29-b3-e2",
                "severity", "minor", "hazards", List.of("ebike_indoors"), "description",
                "二单元一楼楼道有电动自行车停放充电，已当场劝离，需物业加装集中充电桩。", "location", "一楼楼道")));
        records.add(record("opinion", now.minus(Duration.ofDays(2)), Map.of("address", "bt-sxl29-b5",
                "topic", "housing", "title", "29号院5栋楼道灯损坏", "text", "住户反映5栋二单元楼道声控灯损坏多日，晚上上下楼不安全。")));
        long stored = sync.sync(captain, records).stream().filter(r -> FieldSync.CREATED.equals(r.status())).count();
        return (int) stored;
    }

    private static FieldSync.Incoming record(String kind, Instant at, Map<String, Object> data) {
        UUID id = UUID.nameUUIDFromBytes((kind + at + data).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new FieldSync.Incoming(id.toString(), kind, at.atOffset(ZoneOffset.ofHours(8)).toString(), null, data);
    }

    /** A valid, made-up ID number of the Kundulun district (150203). */
    static String idNumber(int n) {
        String first17 = "150203" + (1950 + n % 50) + String.format("%02d%02d", n % 12 + 1, n % 28 + 1)
                + String.format("%03d", n % 1000);
        return first17 + ResidentIdNumber.checkDigit(first17);
    }
}
