package kz.sabaq.core.web;

import java.util.List;

/**
 * What the full layout adds to {@link PageScope}: the bell with its unread count, the user's initial, the
 * language switch and the side menu. A visitor who is not logged in has no bell and no initial (null).
 */
public record ShellScope(Integer unread, String bellLabel, String bellUnreadPattern, boolean bellActive, String initial,
                         List<LanguageChoice> languages, SideMenu.Menu menu) {

    /** One language of the switch. */
    public record LanguageChoice(String code, String name, boolean current) {
    }
}
