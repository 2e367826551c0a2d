package org.fengqiao.ticketing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.board.api.Board;
import org.fengqiao.ticketing.api.BoardRegistry;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks board plugins as they come and go (whiteboard); a board's tickets stay stored while it is away. Of several
 * registrations of one id the highest plugin version serves (the earlier one on a tie), so a new version deployed
 * beside the old takes over at once and the old one can be removed without a gap.
 */
@Component(service = BoardRegistry.class)
public class BoardRegistryImpl implements BoardRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(BoardRegistryImpl.class);

    private static final Comparator<Candidate> SERVING_FIRST = Comparator.comparing(Candidate::version)
            .reversed().thenComparingLong(Candidate::serviceId);

    /** Every registration by board id, serving one first; guarded by this. */
    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    private volatile Map<String, Registration> serving = Map.of();

    /** One registration of a board service. */
    record Candidate(Board board, Version version, long serviceId, Map<String, Object> settings) {
        Registration registration() {
            return new Registration(board, version.toString(), settings);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedBoard")
    void addBoard(Board board, ServiceReference<Board> reference) {
        add(candidate(board, reference));
    }

    /** New settings (the plugin's configuration changed): swapped in one step, the board never leaves. */
    synchronized void updatedBoard(Board board, ServiceReference<Board> reference) {
        List<Candidate> list = candidates.get(board.id());
        if (list != null) {
            list.removeIf(c -> c.board() == board);
        }
        Candidate changed = candidate(board, reference);
        add(changed);
        LOG.info("Board '{}' {}: settings changed", board.id(), changed.version());
    }

    void removeBoard(Board board) {
        remove(board);
    }

    /**
     * A board id: 2-40 of {@code a-z 0-9 _}, a letter first; category codes alike. Ids go into URLs and Open311
     * service codes ({@code <board>-<category>}), so a hyphen or anything else is refused.
     */
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]{1,39}");

    synchronized void add(Candidate candidate) {
        String id = candidate.board().id();
        List<String> bad = new ArrayList<>();
        if (id == null || !CODE.matcher(id).matches()) {
            bad.add("id '" + id + "'");
        }
        candidate.board().categories().stream().map(c -> c.code())
                .filter(code -> code == null || !CODE.matcher(code).matches())
                .forEach(code -> bad.add("category '" + code + "'"));
        if (!bad.isEmpty()) {
            LOG.error("Board plugin {} {} is not installed: {} must be 2-40 of a-z, 0-9 and _, a letter first",
                    candidate.board().getClass().getName(), candidate.version(), String.join(", ", bad));
            return;
        }
        List<Candidate> list = candidates.computeIfAbsent(id, k -> new ArrayList<>());
        list.add(candidate);
        list.sort(SERVING_FIRST);
        if (list.size() > 1) {
            LOG.info("Board '{}' is registered {} times (versions {}); version {} serves", id, list.size(),
                    list.stream().map(c -> c.version().toString()).toList(), list.get(0).version());
        } else {
            LOG.info("Board installed: {} {}", id, candidate.version());
        }
        publish();
    }

    synchronized void remove(Board board) {
        List<Candidate> list = candidates.get(board.id());
        if (list == null || !list.removeIf(c -> c.board() == board)) {
            return;
        }
        if (list.isEmpty()) {
            candidates.remove(board.id());
            LOG.info("Board uninstalled: {}", board.id());
        } else {
            LOG.info("Board '{}': version {} serves now", board.id(), list.get(0).version());
        }
        publish();
    }

    private void publish() {
        Map<String, Registration> next = new LinkedHashMap<>();
        candidates.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> next.put(e.getKey(), e.getValue().get(0).registration()));
        serving = next;
    }

    private static Candidate candidate(Board board, ServiceReference<Board> reference) {
        Map<String, Object> settings = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            settings.put(key, reference.getProperty(key));
        }
        Object serviceId = reference.getProperty(Constants.SERVICE_ID);
        return new Candidate(board, reference.getBundle() == null ? Version.emptyVersion
                : reference.getBundle().getVersion(), serviceId instanceof Long l ? l : Long.MAX_VALUE, settings);
    }

    @Override
    public List<Board> boards() {
        return serving.values().stream().map(Registration::board).toList();
    }

    @Override
    public Optional<Board> board(String id) {
        return registration(id).map(Registration::board);
    }

    @Override
    public Optional<Registration> registration(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(serving.get(id));
    }
}
