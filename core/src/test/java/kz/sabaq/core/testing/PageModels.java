package kz.sabaq.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.sabaq.core.web.PageScope;
import kz.sabaq.core.web.ShellScope;

/**
 * Checks a module's templates against their page models, so a key a template reads but its model
 * lacks fails a test instead of falling through to the layout's scope (or printing nothing). Each
 * template is compiled with Mustache.java and its tags are followed into the model's types: a
 * section over a record, a {@code List<Record>} or an {@code Optional<Record>} reads that record's
 * components, a section over a boolean or the {@code t} translation reads the same scope. A key is
 * found in the innermost scope that has it, out to what core gives every page ({@link PageScope},
 * {@link ShellScope}). Every template of the directory must be declared, so a new page cannot be
 * forgotten:
 *
 * <pre>{@code
 * PageModels.in(Path.of("src/main/resources/templates"), "announcements")
 *         .page("list", ListPage.Model.class)
 *         .partial("item")
 *         .check();
 * }</pre>
 */
public final class PageModels {
    private final Path root;
    private final String component;
    private final Map<String, List<Type>> pages = new LinkedHashMap<>();
    private final Set<String> partials = new HashSet<>();
    private final Map<String, String> unchecked = new LinkedHashMap<>();
    private final List<Path> overrides = new ArrayList<>();

    private PageModels(Path root, String component) {
        this.root = root;
        this.component = component;
    }

    /** The templates under {@code root/component/}, named {@code component/<name>} as views name them. */
    public static PageModels in(Path root, String component) {
        return new PageModels(root, component);
    }

    /** A page of a {@code View}: its model's keys, then what core gives every page. */
    public PageModels page(String name, Class<? extends Record> model) {
        pages.put(name, List.of(PageScope.class, ShellScope.class, model));
        return this;
    }

    /** A page of a {@code LightView}: no side menu, bell or language switch around it. */
    public PageModels lightPage(String name, Class<? extends Record> model) {
        pages.put(name, List.of(PageScope.class, model));
        return this;
    }

    /** A layout: what core gives every page and the rendered page's {@code body}. */
    public PageModels layout(String name) {
        pages.put(name, List.of(PageScope.class, ShellScope.class, Layout.class));
        return this;
    }

    /** A template only included by others ({@code {{> name}}}): checked in each page that includes it. */
    public PageModels partial(String name) {
        partials.add(name);
        return this;
    }

    /** A template this check does not read, with the reason (a model that is a map by nature, a page checked elsewhere). */
    public PageModels unchecked(String name, String reason) {
        unchecked.put(name, reason);
        return this;
    }

    /**
     * Also checks a theme's overrides ({@code themes/<theme>/templates}): each page the theme
     * overrides, drawn with the theme's files where it has them, as core renders it.
     */
    public PageModels overriddenIn(Path themeTemplates) {
        overrides.add(themeTemplates);
        return this;
    }

    /** Fails naming every template and key that does not fit, and every template nobody declared. */
    public void check() {
        List<String> problems = new ArrayList<>();
        check(List.of(root), problems);
        overrides.forEach(theme -> check(List.of(theme, root), problems));
        if (!problems.isEmpty()) {
            fail("Templates read keys their models do not have:\n  " + String.join("\n  ", problems));
        }
    }

    private void check(List<Path> roots, List<String> problems) {
        String where = roots.size() > 1 ? " (" + roots.get(0) + ")" : "";
        for (String name : templateNames(roots.get(0))) {
            if (!pages.containsKey(name) && !partials.contains(name) && !unchecked.containsKey(name)) {
                problems.add(component + "/" + name + where + ": no model declared for this template");
            }
        }
        DefaultMustacheFactory factory = new DefaultMustacheFactory(firstOf(roots));
        pages.forEach((name, scopes) -> {
            if (roots.size() > 1 && !Files.isRegularFile(roots.get(0).resolve(component + "/" + name + ".mustache"))) {
                return;  // not overridden: the module's own file was checked already
            }
            Deque<Type> stack = new ArrayDeque<>();
            scopes.forEach(stack::push);
            String template = component + "/" + name;
            walk(template + where, factory.compile(template + ".mustache").getCodes(), stack, new HashSet<>(),
                    problems);
        });
    }

    /** Each template from the first root that has it, as a theme's file wins over the module's. */
    private static MustacheResolver firstOf(List<Path> roots) {
        return name -> roots.stream().map(r -> r.resolve(name)).filter(Files::isRegularFile).findFirst()
                .map(file -> {
                    try {
                        return (Reader) Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).orElse(null);
    }

    private Set<String> templateNames(Path templates) {
        Path dir = templates.resolve(component);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".mustache"))
                    .forEach(f -> names.add(f.substring(0, f.length() - ".mustache".length())));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the templates in " + dir, e);
        }
    }

    private void walk(String template, Code[] codes, Deque<Type> scopes, Set<String> included, List<String> problems) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof PartialCode) {
                if (included.add(code.getName())) {
                    walk(template + " > " + code.getName(), code.getCodes(), scopes, included, problems);
                    included.remove(code.getName());
                }
            } else if (code instanceof ValueCode || code instanceof NotIterableCode) {
                resolve(template, code.getName(), scopes, problems);
                walk(template, code.getCodes(), scopes, included, problems);
            } else if (code instanceof IterableCode) {
                Optional<Type> section = resolve(template, code.getName(), scopes, problems);
                Optional<Type> inner = section.flatMap(ModelTypes::sectionScope);
                inner.ifPresent(scopes::push);
                walk(template, code.getCodes(), scopes, included, problems);
                inner.ifPresent(pushed -> scopes.pop());
            } else {
                walk(template, code.getCodes(), scopes, included, problems);
            }
        }
    }

    /** The key's type in the innermost scope that has it; a dotted key goes on into that type. */
    private Optional<Type> resolve(String template, String key, Deque<Type> scopes, List<String> problems) {
        if (key.equals(".")) {
            return Optional.ofNullable(scopes.peek());
        }
        String[] parts = key.split("\\.");
        Optional<Type> found = scopes.stream().map(scope -> ModelTypes.member(scope, parts[0]))
                .flatMap(Optional::stream).findFirst();
        for (int i = 1; i < parts.length && found.isPresent(); i++) {
            found = ModelTypes.member(ModelTypes.unwrapped(found.get()), parts[i]);
        }
        if (found.isEmpty()) {
            problems.add(template + ": {{" + key + "}} is in no scope: " + scopes.stream()
                    .map(ModelTypes::describe).toList());
        }
        return found;
    }

    /** What a layout reads besides the common scope. */
    private record Layout(String body) {
    }
}
