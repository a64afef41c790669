package kz.sabaq.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.sabaq.api.module.MenuEntry;

/**
 * The side navigation's model: the cabinet first, then the modules' entries, administration's
 * entries (order {@value #ADMINISTRATION}+) under their own heading. One entry is the current one:
 * the longest path the page's path lies under, so {@code /attendance-qr/check-in/mine} does not also mark {@code /attend}.
 */
final class SideMenu {
    /** Menu entries from this order on are administration's (core's users, roles, plugins, audit log). */
    static final int ADMINISTRATION = 800;

    static Map<String, Object> of(List<MenuEntry> entries, String path, UnaryOperator<String> translate) {
        MenuEntry current = null;
        for (MenuEntry e : entries) {
            boolean under = path.equals(e.path()) || path.startsWith(e.path() + "/");
            if (under && (current == null || e.path().length() > current.path().length())) {
                current = e;
            }
        }
        List<Map<String, Object>> modules = new ArrayList<>();
        List<Map<String, Object>> administration = new ArrayList<>();
        modules.add(link(translate.apply("core.cabinet.title"), "/", path.equals("/")));
        for (MenuEntry e : entries) {
            Map<String, Object> link = link(translate.apply(e.labelKey()), e.path(), e == current);
            (e.order() >= ADMINISTRATION ? administration : modules).add(link);
        }
        return Map.of("modules", modules, "administration", administration, "hasAdministration", !administration.isEmpty(),
                "administrationLabel", translate.apply("core.module.administration"));
    }

    private static Map<String, Object> link(String label, String path, boolean active) {
        return Map.of("label", label, "path", path, "active", active);
    }

    private SideMenu() {
    }
}
