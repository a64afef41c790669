package kz.sabaq.core.conference;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.core.user.UserMapper;

/**
 * Core's conferences, a module built into the application: the {@link Conferences} service over
 * the installed {@link ConferencePlatform}s, the join links and the platforms' callbacks.
 */
public final class ConferenceModule implements LmsModule {
    public static final String ID = "core-conference";

    private final Function<ConferencePlatform, ModuleSettings> settingsOfPlatform;
    private final ZoneId zone;

    /**
     * @param settingsOfPlatform the settings of the plugin a platform comes from
     * @param zone               the institution's time zone, for the join route's "too early" and "over" times
     */
    public ConferenceModule(Function<ConferencePlatform, ModuleSettings> settingsOfPlatform, ZoneId zone) {
        this.settingsOfPlatform = settingsOfPlatform;
        this.zone = zone;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String root() {
        return "/conference";
    }

    @Override
    public List<String> bundles() {
        return List.of();
    }

    @Override
    public void wire(ModuleWiring w) {
        CoreConferences conferences = new CoreConferences(w.extensions(ConferencePlatform.class), settingsOfPlatform,
                w.mapper(ConferenceStoreMapper.class), w.clock(), w.publicUrl(),
                w.service(Translations.class).orElseThrow());
        w.provide(Conferences.class, conferences);
        w.resource(new ConferenceResource(conferences, w.mapper(UserMapper.class), w.audit(), w.clock(), zone));
        // meetings about to start are created on their platforms ahead of the first join
        w.job(new ScheduledJob("prepare", Duration.ofMinutes(5), conferences::prepareUpcoming));
    }
}
