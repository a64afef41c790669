package kz.sabaq.api.setting;

import java.util.List;

/**
 * Why settings that are valid one by one do not fit together, e.g. a letter band whose lowest
 * points are not below the band above it. Shown beside the setting {@code key}; the message is
 * {@code messageKey} of the plugin's bundle with {@code args} as {@code {0}}, {@code {1}}…
 */
public record SettingRefusal(String key, String messageKey, List<Object> args) {

    public SettingRefusal {
        args = List.copyOf(args);
    }
}
