package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
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
        SideMenu.Menu menu = SideMenu.of(ENTRIES, "/", key -> key);
        assertEquals(List.of("core.cabinet.title", "attend", "mine", "journal"), labels(menu.modules()));
        assertEquals(List.of("core.cabinet.title"), current(menu));
        assertEquals(List.of("users"), labels(menu.administration()));
        assertEquals(true, menu.hasAdministration());
    }

    private static List<String> labels(List<SideMenu.Link> links) {
        return links.stream().map(SideMenu.Link::label).toList();
    }

    private static List<String> current(SideMenu.Menu menu) {
        return Stream.of(menu.modules(), menu.administration()).flatMap(List::stream)
                .filter(SideMenu.Link::active).map(SideMenu.Link::label).toList();
    }
}
