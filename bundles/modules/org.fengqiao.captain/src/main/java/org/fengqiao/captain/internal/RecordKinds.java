package org.fengqiao.captain.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.captain.api.FieldRecordKind;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The field record kinds installed now (whiteboard of {@link FieldRecordKind}). Every registration is kept: when two
 * plugins register one code, the first one still registered serves it, so removing one never loses the other.
 */
@Component(service = RecordKinds.class)
public class RecordKinds {

    private final List<FieldRecordKind> kinds = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addKind(FieldRecordKind kind) {
        kinds.add(kind);
    }

    void removeKind(FieldRecordKind kind) {
        kinds.remove(kind);
    }

    Optional<FieldRecordKind> kind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** One per code, by code. */
    List<FieldRecordKind> all() {
        return kinds.stream().map(FieldRecordKind::code).distinct().sorted().map(c -> kind(c).orElseThrow())
                .sorted(Comparator.comparing(FieldRecordKind::code)).toList();
    }
}
