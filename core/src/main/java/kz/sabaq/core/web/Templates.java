package kz.sabaq.core.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mustache templates named {@code <component>/<name>}, resolved theme → owning plugin → core:
 * {@code themes/<theme>/templates/<component>/<name>.mustache} (active theme, then the default
 * theme) wins over the file of the same name in the component's own class loader. Plugin templates are read through the plugin's class
 * loader; the context class loader would miss them.
 */
public final class Templates {
    private final Theme theme;
    private final Map<String, ClassLoader> owners = new ConcurrentHashMap<>();
    private final DefaultMustacheFactory factory;

    public Templates(Theme theme, ClassLoader coreLoader) {
        this.theme = theme;
        owners.put("core", coreLoader);
        this.factory = new DefaultMustacheFactory(new ThemeFirstResolver());
    }

    public void registerComponent(String component, ClassLoader loader) {
        owners.put(component, loader);
    }

    /** Renders with the scopes searched last to first, so later scopes shadow earlier ones. */
    public String render(String name, Object... scopes) {
        StringWriter out = new StringWriter(4096);
        try {
            factory.compile(name).execute(out, scopes).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public Mustache compile(String name) {
        return factory.compile(name);
    }

    private final class ThemeFirstResolver implements MustacheResolver {
        @Override
        public Reader getReader(String resourceName) {
            String name = resourceName.endsWith(".mustache") ? resourceName : resourceName + ".mustache";
            var themed = theme.find("templates/" + name);
            if (themed.isPresent()) {
                try {
                    return Files.newBufferedReader(themed.get(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            int slash = name.indexOf('/');
            ClassLoader owner = slash > 0 ? owners.get(name.substring(0, slash)) : null;
            if (owner == null) {
                owner = owners.get("core");
            }
            InputStream in = owner.getResourceAsStream("templates/" + name);
            if (in == null) {
                throw new MustacheNotFoundException(name);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }
}
