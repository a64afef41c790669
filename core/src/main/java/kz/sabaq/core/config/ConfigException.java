package kz.sabaq.core.config;

/** A configuration problem an operator can fix; printed as one line, without a stack trace. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
