package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/** A module's routes lie under its root; the paths it moved from answer 308 to the new ones. */
class ModuleRootTest {

    /** Declares root {@code /roots}, moved from {@code /old}, and registers the given resource. */
    private record RootModule(Object resource) implements LmsModule {
        @Override
        public String id() {
            return "roots";
        }

        @Override
        public Map<String, String> movedPaths() {
            return Map.of("/old", "/roots/new");
        }

        @Override
        public void wire(ModuleWiring w) {
            w.resource(resource);
        }
    }

    @Path("/roots/new")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Inside {
        @GET
        @Path("{name}")
        @PublicAccess
        public String get(@PathParam("name") String name) {
            return "got " + name;
        }

        @POST
        @Path("{name}")
        @PublicAccess
        public String post(@PathParam("name") String name) {
            return "posted " + name;
        }
    }

    @Path("/elsewhere")
    public static final class Outside {
        @GET
        @PublicAccess
        public String get() {
            return "nothing";
        }
    }

    @Test
    void aResourceOutsideTheRootStopsTheStart() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TestServer.builder().module(new RootModule(new Outside())).start().close());
        assertTrue(e.getMessage().contains("roots registers " + Outside.class.getName() + " at /elsewhere, outside its root /roots"),
                e.getMessage());
    }

    @Test
    void aMovedPathAnswers308ToTheSamePlaceUnderTheNewOne() {
        try (TestServer server = TestServer.builder().module(new RootModule(new Inside())).start()) {
            WebClient web = server.client();
            WebClient.Page old = web.get("/old/card?from=print");
            assertEquals(308, old.status());
            assertEquals("/roots/new/card?from=print", old.location());
            assertEquals("got card", web.get("/roots/new/card").body());
            assertEquals(308, web.postRaw("/old/card", Map.of()).status(), "a POST is redirected keeping its method");
            assertEquals(404, web.get("/older/card").status(), "only whole path segments move");
        }
    }
}
