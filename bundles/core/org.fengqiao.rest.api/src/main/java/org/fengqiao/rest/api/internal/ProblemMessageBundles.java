package org.fengqiao.rest.api.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.platform.api.Messages;
import org.fengqiao.platform.api.Problem;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The error and problem messages of every active bundle that ships them ({@value Messages#PLUGIN_BASE}_zh|_en
 * .properties), then the platform's: a module's or board's own codes are told in the caller's language while it is
 * installed.
 */
@Component(service = ProblemMessageBundles.class)
public class ProblemMessageBundles {

    private final BundleTracker<Messages> tracker;

    @Activate
    public ProblemMessageBundles(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public Messages addingBundle(Bundle bundle, BundleEvent event) {
                if (bundle.getEntry(Messages.PLUGIN_BASE + "_en.properties") == null
                        && bundle.getEntry(Messages.PLUGIN_BASE + "_zh.properties") == null) {
                    return null;
                }
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                return wiring == null ? null : Messages.of(wiring.getClassLoader(), Messages.PLUGIN_BASE);
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Messages messages) {
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Messages messages) {
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** The plugins' messages, oldest bundle first, then the platform's. */
    private List<Messages> all() {
        List<Messages> all = new ArrayList<>();
        Map<Bundle, Messages> tracked = tracker.getTracked();
        tracked.keySet().stream().sorted(Comparator.comparingLong(Bundle::getBundleId))
                .forEach(b -> all.add(tracked.get(b)));
        all.add(Messages.platform());
        return all;
    }

    /** Problems with their messages in every language some bundle knows; fields named as sent. */
    List<Problem> localize(List<Problem> problems) {
        List<Problem> out = problems;
        for (Messages messages : all()) {
            out = messages.localize(out, (field, language) -> field);
        }
        return out;
    }

    /** The message of a refusal's code ({@code error.<code>}) in {@code language}, if a bundle has one. */
    Optional<String> error(String code, String language, Map<String, String> values) {
        for (Messages messages : all()) {
            Optional<String> text = messages.text("error." + code, language, values);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
