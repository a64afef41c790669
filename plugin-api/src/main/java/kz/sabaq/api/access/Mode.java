package kz.sabaq.api.access;

/** How a role holds a module: read shows, edit also adds, changes and deletes. */
public enum Mode {
    READ,
    EDIT;

    public boolean covers(Mode required) {
        return this == EDIT || required == READ;
    }
}
