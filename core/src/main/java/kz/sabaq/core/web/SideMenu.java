package kz.sabaq.core.web;

import java.util.ArrayList;
import java.util.List;
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

    /** The menu's two groups of links; administration's has its own heading. */
    public record Menu(List<Link> modules, List<Link> administration, boolean hasAdministration,
                       String administrationLabel) {
    }

    /** One entry: the current one is marked. */
    public record Link(String label, String path, boolean active) {
    }

    static Menu of(List<MenuEntry> entries, String path, UnaryOperator<String> translate) {
        MenuEntry current = null;
        for (MenuEntry e : entries) {
            boolean under = path.equals(e.path()) || path.startsWith(e.path() + "/");
            if (under && (current == null || e.path().length() > current.path().length())) {
                current = e;
            }
        }
        List<Link> modules = new ArrayList<>();
        List<Link> administration = new ArrayList<>();
        modules.add(new Link(translate.apply("core.cabinet.title"), "/", path.equals("/")));
        for (MenuEntry e : entries) {
            Link link = new Link(translate.apply(e.labelKey()), e.path(), e == current);
            (e.order() >= ADMINISTRATION ? administration : modules).add(link);
        }
        return new Menu(modules, administration, !administration.isEmpty(), translate.apply("core.module.administration"));
    }

    private SideMenu() {
    }
}
