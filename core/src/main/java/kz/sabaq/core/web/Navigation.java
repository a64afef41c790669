package kz.sabaq.core.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.web.Viewer;

/** The main menu: core's and every enabled plugin's entries, filtered by the viewer's capabilities. */
public final class Navigation {
    private final List<MenuEntry> entries = new ArrayList<>();

    public void add(List<MenuEntry> more) {
        entries.addAll(more);
        entries.sort(Comparator.comparingInt(MenuEntry::order));
    }

    public List<MenuEntry> visibleTo(Viewer viewer) {
        if (!viewer.loggedIn()) {
            return List.of();
        }
        return entries.stream().filter(e -> e.capability() == null || viewer.can(e.capability())).toList();
    }

    public List<MenuEntry> all() {
        return List.copyOf(entries);
    }
}
