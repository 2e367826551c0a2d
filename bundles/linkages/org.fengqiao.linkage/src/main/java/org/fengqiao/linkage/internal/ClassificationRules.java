package org.fengqiao.linkage.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.linkage.api.Suggestion;
import org.fengqiao.ticketing.api.Ticket;

/**
 * Classification suggestions from configuration:
 * {@code classify.<board>.<category> = <linkage>/<category>} maps a ticket's own category, and
 * {@code keywords.<linkage>.<category> = word, word} proposes a department category when its words occur in the
 * ticket's title or body.
 */
final class ClassificationRules {

    private record Target(String linkageId, String category) {
    }

    private final Map<String, Target> byTicketCategory = new LinkedHashMap<>();
    private final Map<Target, List<String>> keywords = new LinkedHashMap<>();

    ClassificationRules(Map<String, ?> properties) {
        properties.forEach((key, value) -> {
            String text = value == null ? "" : value.toString().strip();
            if (key.startsWith("classify.") && text.contains("/")) {
                byTicketCategory.put(key.substring("classify.".length()), target(text.split("/", 2)));
            } else if (key.startsWith("keywords.") && key.indexOf('.', "keywords.".length()) > 0) {
                String[] parts = key.substring("keywords.".length()).split("\\.", 2);
                List<String> words = Arrays.stream(text.split("[,，]")).map(String::strip).filter(w -> !w.isEmpty())
                        .toList();
                keywords.put(target(parts), words);
            }
        });
    }

    private static Target target(String[] parts) {
        return new Target(parts[0].strip(), parts[1].strip());
    }

    /** Suggestions for a ticket, best first: its own category's mapping, then by how many keywords match. */
    List<Suggestion> suggest(Ticket ticket) {
        List<Suggestion> result = new ArrayList<>();
        Target mapped = byTicketCategory.get(ticket.boardId() + "." + ticket.category());
        if (mapped != null) {
            result.add(new Suggestion(mapped.linkageId(), mapped.category(),
                    "category " + ticket.boardId() + "/" + ticket.category()));
        }
        String text = ticket.title() + "\n" + ticket.body();
        record Hit(Target target, List<String> words) {
        }
        keywords.entrySet().stream()
                .map(e -> new Hit(e.getKey(), e.getValue().stream().filter(text::contains).toList()))
                .filter(h -> !h.words().isEmpty() && !h.target().equals(mapped))
                .sorted(Comparator.comparingInt((Hit h) -> h.words().size()).reversed())
                .forEach(h -> result.add(new Suggestion(h.target().linkageId(), h.target().category(),
                        "keywords " + String.join(", ", h.words()))));
        return result;
    }
}
