package kz.sabaq.core.setting;

import java.util.List;
import kz.sabaq.api.setting.SettingRefusal;

/** Why a value does not fit a setting: an i18n key and its arguments. */
public record SettingProblem(String key, String messageKey, Object... args) {

    /** A module's or a scale's refusals of settings taken together, as problems beside their fields. */
    public static List<SettingProblem> of(List<SettingRefusal> refusals) {
        return refusals.stream().map(r -> new SettingProblem(r.key(), r.messageKey(), r.args().toArray())).toList();
    }
}
