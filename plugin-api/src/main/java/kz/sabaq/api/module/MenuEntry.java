package kz.sabaq.api.module;

/**
 * A navigation link. Shown only to users holding {@code capability}.
 *
 * @param labelKey i18n key of the label
 * @param path     absolute path inside the application, e.g. {@code /attendance-qr}
 * @param order    smaller comes first
 */
public record MenuEntry(String labelKey, String path, String capability, int order) {
}
