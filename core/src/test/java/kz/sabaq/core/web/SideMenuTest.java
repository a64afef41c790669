package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.module.MenuEntry;
import org.junit.jupiter.api.Test;

class SideMenuTest {
    private static final List<MenuEntry> ENTRIES = List.of(
            new MenuEntry("attend", "/attendance-qr/check-in", null, 20),
            new MenuEntry("mine", "/attendance-qr/check-in/mine", null, 21),
            new MenuEntry("journal", "/journal", null, 30),
            new MenuEntry("users", "/admin/users", null, 880));

    @Test
    void theLongestPathThePageLiesUnderIsTheOnlyCurrentEntry() {
        assertEquals(List.of("mine"), current(SideMenu.of(ENTRIES, "/attendance-qr/check-in/mine", key -> key)));
        assertEquals(List.of("attend"), current(SideMenu.of(ENTRIES, "/attendance-qr/check-in", key -> key)));
        assertEquals(List.of("journal"), current(SideMenu.of(ENTRIES, "/journal/7", key -> key)));
        assertEquals(List.of(), current(SideMenu.of(ENTRIES, "/journalist", key -> key)), "a prefix of a word is not a path");
    }

    @Test
    void theCabinetComesFirstAndAdministrationHasItsOwnGroup() {
        Map<String, Object> menu = SideMenu.of(ENTRIES, "/", key -> key);
        assertEquals(List.of("core.cabinet.title", "attend", "mine", "journal"), labels(menu.get("modules")));
        assertEquals(List.of("core.cabinet.title"), current(menu));
        assertEquals(List.of("users"), labels(menu.get("administration")));
        assertEquals(true, menu.get("hasAdministration"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(Object links) {
        return ((List<Map<String, Object>>) links).stream().map(l -> (String) l.get("label")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> current(Map<String, Object> menu) {
        return java.util.stream.Stream.of(menu.get("modules"), menu.get("administration"))
                .flatMap(links -> ((List<Map<String, Object>>) links).stream())
                .filter(l -> Boolean.TRUE.equals(l.get("active"))).map(l -> (String) l.get("label")).toList();
    }
}
