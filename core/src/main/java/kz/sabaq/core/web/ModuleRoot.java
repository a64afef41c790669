package kz.sabaq.core.web;

import jakarta.ws.rs.Path;

/** A module's URL root, and whether a path lies under it. */
public record ModuleRoot(String moduleId, String path) {

    public ModuleRoot {
        if (!path.startsWith("/") || (path.length() > 1 && path.endsWith("/")) || path.contains("//")) {
            throw new IllegalStateException(moduleId + " declares the root '" + path
                    + "'; a root is an absolute path without a trailing slash, e.g. /" + moduleId);
        }
    }

    /** True when {@code other} is the root itself or a path below it. */
    public boolean contains(String other) {
        String normalized = normalize(other);
        return path.equals("/") || normalized.equals(path) || normalized.startsWith(path + "/");
    }

    /** Refuses a resource whose class {@code @Path} lies outside the root. */
    public void admit(Object resource) {
        Path annotation = resource.getClass().getAnnotation(Path.class);
        String at = annotation == null ? "/" : annotation.value();
        if (!contains(at)) {
            throw new IllegalStateException(moduleId + " registers " + resource.getClass().getName() + " at " + at
                    + ", outside its root " + path + ": move the resource under " + path + " (LmsModule.root())");
        }
    }

    /** A path as Jersey reads it: one leading slash, no trailing one. */
    static String normalize(String value) {
        String joined = ("/" + value).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
