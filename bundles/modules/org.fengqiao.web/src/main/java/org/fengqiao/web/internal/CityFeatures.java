package org.fengqiao.web.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.fengqiao.platform.api.ErrorKind;
import org.fengqiao.platform.api.FengqiaoException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The city's Fengqiao features as Karaf knows them, installed or not, and the two things an administrator may do
 * with one: install it, or uninstall it unless it is protected. Uninstalling keeps every table and row.
 */
@Component(service = CityFeatures.class, configurationPid = WebSettings.PID)
public class CityFeatures {

    /** A feature as the console shows it. */
    record CityFeature(String name, String version, String description, String kind, boolean installed,
            boolean removable) {
    }

    static final String PREFIX = "fengqiao-";

    private final FeaturesService features;
    private volatile Set<String> protectedNames;

    @Activate
    public CityFeatures(@Reference FeaturesService features, WebSettings settings) {
        this.features = features;
        modified(settings);
    }

    @Modified
    void modified(WebSettings settings) {
        this.protectedNames = Set.copyOf(Arrays.asList(settings.protected_features()));
    }

    List<CityFeature> list() {
        try {
            return Arrays.stream(features.listFeatures()).filter(f -> f.getName().startsWith(PREFIX))
                    .filter(f -> !f.getName().startsWith(PREFIX + "city-"))
                    .map(this::describe).sorted(Comparator.comparing(CityFeature::kind)
                            .thenComparing(CityFeature::name))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("Karaf could not list its features", e);
        }
    }

    /** The feature after the change, and whether anything changed (installing an installed feature does not). */
    record Outcome(CityFeature feature, boolean changed) {
    }

    /** Installs ({@code install}) or uninstalls a feature; uninstalling a protected one is refused. */
    Outcome set(String name, boolean install) {
        Feature feature = find(name);
        if (!install && protectedNames.contains(name)) {
            throw new FengqiaoException(ErrorKind.CONFLICT, "feature_protected",
                    "Feature " + name + " is part of the platform and cannot be uninstalled here");
        }
        boolean changed = features.isInstalled(feature) != install;
        if (changed) {
            EnumSet<FeaturesService.Option> options = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
            change(() -> {
                if (install) {
                    features.installFeature(name, options);
                } else {
                    features.uninstallFeature(name, options);
                }
            });
        }
        return new Outcome(describe(find(name)), changed);
    }

    private interface Change {
        void run() throws Exception;
    }

    private static void change(Change change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Karaf refused the change: " + e.getMessage(), e);
        }
    }

    private Feature find(String name) {
        try {
            Feature feature = name == null || !name.startsWith(PREFIX) ? null : features.getFeature(name);
            if (feature == null) {
                throw FengqiaoException.notFound("feature_not_found", "No Fengqiao feature is called " + name);
            }
            return feature;
        } catch (FengqiaoException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Karaf could not look up feature " + name, e);
        }
    }

    private CityFeature describe(Feature f) {
        boolean installed = features.isInstalled(f);
        return new CityFeature(f.getName(), f.getVersion(), f.getDescription(), kind(f.getName()), installed,
                installed && !protectedNames.contains(f.getName()));
    }

    static String kind(String name) {
        String rest = name.substring(PREFIX.length());
        if (rest.startsWith("board-")) {
            return "board";
        }
        if (rest.startsWith("linkage")) {
            return "linkage";
        }
        return "module";
    }
}
