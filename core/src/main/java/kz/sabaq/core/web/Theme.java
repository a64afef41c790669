package kz.sabaq.core.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The active theme and, behind it, the default theme: a file in the active theme overrides the
 * file of the same relative name in the default theme, which overrides the plugin's or core's own.
 */
public final class Theme {
    public static final String DEFAULT = "default";

    private final String name;
    private final List<Path> dirs;

    public Theme(Path themesDir, String name) {
        this.name = name;
        List<Path> chain = new ArrayList<>();
        chain.add(themesDir.resolve(name).toAbsolutePath().normalize());
        if (!DEFAULT.equals(name)) {
            chain.add(themesDir.resolve(DEFAULT).toAbsolutePath().normalize());
        }
        this.dirs = List.copyOf(chain);
    }

    public String name() {
        return name;
    }

    /** The first file named {@code relative} along the chain; never outside a theme directory. */
    public Optional<Path> find(String relative) {
        for (Path dir : dirs) {
            Path candidate = dir.resolve(relative).normalize();
            if (candidate.startsWith(dir) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The chain from the weakest (default) to the strongest (active), for merging overrides. */
    public List<Path> weakestFirst() {
        List<Path> reversed = new ArrayList<>(dirs);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
