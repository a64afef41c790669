package kz.sabaq.bench;

/** The server answered, but not as a browser expects; the report counts these by {@link #kind()}. */
public final class UnexpectedResponse extends Exception {
    private final String kind;

    public UnexpectedResponse(String kind, String detail) {
        super(kind + ": " + detail);
        this.kind = kind;
    }

    /** A status answer: {@code HTTP 403 on POST /login}. */
    public static UnexpectedResponse status(int status, String method, String path, String detail) {
        return new UnexpectedResponse("HTTP " + status + " on " + method + " " + path, detail);
    }

    /** How the report groups this error, e.g. {@code HTTP 500 on GET /}. */
    public String kind() {
        return kind;
    }
}
