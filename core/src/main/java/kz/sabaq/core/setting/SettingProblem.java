package kz.sabaq.core.setting;

/** Why a value does not fit a setting: an i18n key and its arguments. */
public record SettingProblem(String key, String messageKey, Object... args) {
}
