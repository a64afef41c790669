package kz.sabaq.bench.crash;

/**
 * The MariaDB database the storm's server writes to. It lives outside the server process, so that
 * killing the server crashes the application alone: what the storm checks is what the
 * application wrote (its commits, its files), not how an embedded MariaDB recovers.
 */
public record StormDatabase(String url, String user, String password, String description) {
}
