package kz.sabaq.core.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.core.setting.SettingProblem;
import kz.sabaq.core.setting.Settings;

/**
 * The started grading scales. Each plugin's scales get their settings declared under the plugin's
 * id (so the profile and the administrator's settings form set them) and read them from there;
 * once all are configured, each is told the others ({@link GradingScale#started}).
 */
public final class ScaleRegistry implements GradingScales {
    private final List<GradingScale> scales = new ArrayList<>();

    /**
     * @param byOwner scales by the id their settings are kept under: the plugin's, or for a scale
     *                compiled into the application (tests) its own id
     */
    public ScaleRegistry(Map<String, List<GradingScale>> byOwner, Settings settings) {
        Set<String> ids = new HashSet<>();
        byOwner.forEach((owner, own) -> {
            List<FormField> declared = new ArrayList<>(settings.definitionsOf(owner));
            own.forEach(s -> declared.addAll(s.settings()));
            settings.declare(owner, declared);
            settings.together(owner, values -> SettingProblem.of(own.stream().flatMap(s -> s.refuse(values).stream()).toList()));
            for (GradingScale scale : own) {
                if (!ids.add(scale.id())) {
                    throw new IllegalStateException("Two grading scales have the id " + scale.id());
                }
                scale.configure(settings.of(owner));
                scales.add(scale);
            }
        });
        scales.forEach(scale -> scale.started(this));
    }

    @Override
    public List<GradingScale> all() {
        return List.copyOf(scales);
    }

    @Override
    public Optional<GradingScale> find(String id) {
        return id == null ? Optional.empty() : scales.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
