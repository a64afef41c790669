package kz.sabaq.core.conference;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import kz.sabaq.api.conference.ConferenceForm;
import kz.sabaq.api.conference.ConferenceHost;
import kz.sabaq.api.conference.ConferencePlatform;
import kz.sabaq.api.conference.Conferences;
import kz.sabaq.api.conference.KeyValueStore;
import kz.sabaq.api.conference.Load;
import kz.sabaq.api.conference.Meeting;
import kz.sabaq.api.conference.PlatformContext;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.web.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Core's side of conference platforms: the modules' hosts for the join route, and each platform's
 * context (its plugin's settings, one shared HTTP client, the clock, its rows of {@code conference_store}).
 */
public final class CoreConferences implements Conferences {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(CoreConferences.class);
    /** How long before their start meetings are prepared: time to retry a platform that was down. */
    public static final Duration LEAD = Duration.ofMinutes(30);

    private final List<ConferencePlatform> platforms;
    private final Function<ConferencePlatform, ModuleSettings> settingsOfPlugin;
    private final ConferenceStoreMapper store;
    private final Clock clock;
    private final URI publicUrl;
    private final Translations texts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, ConferenceHost> hosts = new ConcurrentHashMap<>();
    private final List<Load.Source> loads = new CopyOnWriteArrayList<>();
    /** Meetings prepared (platform and key) with the start they were prepared for. */
    private final Map<String, Instant> prepared = new ConcurrentHashMap<>();

    /** @param settingsOfPlugin the settings of the plugin a platform comes from */
    public CoreConferences(List<ConferencePlatform> platforms, Function<ConferencePlatform, ModuleSettings> settingsOfPlugin,
                           ConferenceStoreMapper store, Clock clock, URI publicUrl, Translations texts) {
        this.platforms = List.copyOf(platforms);
        this.texts = texts;
        this.settingsOfPlugin = settingsOfPlugin;
        this.store = store;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Override
    public void host(String module, ConferenceHost host) {
        if (hosts.putIfAbsent(module, host) != null) {
            throw new IllegalStateException(module + " hosts conferences a second time");
        }
    }

    Optional<ConferenceHost> hostOf(String module) {
        return Optional.ofNullable(hosts.get(module));
    }

    @Override
    public String joinPath(String module, String object) {
        return "/conference/" + encode(module) + "/" + encode(object) + "/join";
    }

    @Override
    public ConferenceForm form(ConferenceForm.Errors errors) {
        return new PlatformForm(platforms, texts, errors);
    }

    @Override
    public String endPath(String module, String object) {
        return "/conference/" + encode(module) + "/" + encode(object) + "/end";
    }

    @Override
    public void prepare(String platformId, Meeting meeting) {
        platform(platformId).ifPresent(p -> {
            try {
                p.prepare(meeting, context(p));
                prepared.put(platformId + ":" + meeting.key(), meeting.start());
            } catch (UserError unreachable) {
                LOG.warn("Platform {} could not prepare {} now: {}; it is prepared again before the start",
                        platformId, meeting.key(), unreachable.messageKey());
            }
        });
    }

    /**
     * Prepares every module's meetings that start within {@link #LEAD} and were not prepared for that
     * start yet (the scheduled job {@code core-conference.prepare}); one that fails is tried at the next run.
     */
    public void prepareUpcoming() {
        Instant now = clock.instant();
        prepared.values().removeIf(start -> start.isBefore(now));
        for (ConferenceHost host : hosts.values()) {
            for (ConferenceHost.Planned planned : host.planned(now, now.plus(LEAD))) {
                String key = planned.platform() + ":" + planned.meeting().key();
                if (!planned.meeting().start().equals(prepared.get(key))) {
                    prepare(planned.platform(), planned.meeting());
                }
            }
        }
    }

    @Override
    public Optional<ConferencePlatform> platform(String id) {
        return platforms.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public void load(Load.Source source) {
        loads.add(source);
    }

    @Override
    public Optional<Load.Overload> overload(String platformId, Meeting meeting, int connections) {
        Optional<ConferencePlatform> platform = platform(platformId);
        OptionalInt capacity = platform.map(p -> p.capacity(context(p))).orElse(OptionalInt.empty());
        if (capacity.isEmpty()) {
            return Optional.empty();
        }
        List<Load> together = new ArrayList<>();
        together.add(new Load(meeting.module(), meeting.object(), meeting.start(), meeting.end(), connections));
        for (Load.Source source : loads) {
            source.on(platformId, meeting.start(), meeting.end()).stream()
                    .filter(l -> !(l.module().equals(meeting.module()) && l.object().equals(meeting.object())))
                    .forEach(together::add);
        }
        int peak = Peak.of(together);
        return peak > capacity.getAsInt() ? Optional.of(new Load.Overload(peak, capacity.getAsInt())) : Optional.empty();
    }

    @Override
    public PlatformContext context(ConferencePlatform platform) {
        ModuleSettings settings = settingsOfPlugin.apply(platform);
        String id = platform.id();
        KeyValueStore kv = new KeyValueStore() {
            @Override
            public Optional<String> get(String key) {
                return store.get(id, key);
            }

            @Override
            public void put(String key, String value) {
                store.put(id, key, value, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            }

            @Override
            public void remove(String key) {
                store.remove(id, key);
            }
        };
        return new PlatformContext() {
            @Override
            public ModuleSettings settings() {
                return settings;
            }

            @Override
            public HttpClient http() {
                return http;
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public URI publicUrl() {
                return publicUrl;
            }

            @Override
            public KeyValueStore store() {
                return kv;
            }

            @Override
            public URI callbackUrl(String name) {
                String base = publicUrl.toString().replaceAll("/+$", "");
                return URI.create(base + "/conference/callback/" + encode(id) + "/" + encode(name));
            }
        };
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
