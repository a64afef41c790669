package kz.sabaq.api.live;

/** One Server-Sent Event of a live page: the page's script listens for {@code name} and reads {@code data}. */
public record LiveEvent(String name, String data) {
}
