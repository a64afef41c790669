package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.core.testing.TestServer;
import kz.sabaq.core.testing.WebClient;
import org.junit.jupiter.api.Test;

/** Deny by default, settled at start-up: a module whose resource method declares no access does not start. */
class AccessDeclarationTest {

    @Path("/access-test/declared")
    public static final class Declared {
        @GET
        @PublicAccess
        public String open() {
            return "open";
        }

        @GET
        @Path("mine")
        @AnyUser
        public String mine() {
            return "mine";
        }
    }

    @Path("/access-test/forgotten")
    public static final class Forgotten {
        @GET
        @AnyUser
        public String shown() {
            return "shown";
        }

        @POST
        public String forgotten() {
            return "forgotten";
        }
    }

    @Path("/access-test/contradictory")
    public static final class Contradictory {
        @GET
        @PublicAccess
        @RequiresCapability("x:y")
        public String both() {
            return "both";
        }
    }

    private record ModuleWith(Object resource) implements LmsModule {
        @Override
        public String id() {
            return "access-test";
        }

        @Override
        public void wire(ModuleWiring wiring) {
            wiring.resource(resource);
        }
    }

    @Test
    void aModuleWithAResourceMethodThatDeclaresNoAccessRefusesToStartAndNamesTheMethod() {
        UndeclaredAccess refused = assertThrows(UndeclaredAccess.class,
                () -> TestServer.builder().module(new ModuleWith(new Forgotten())).start().close());
        assertTrue(refused.getMessage().contains(Forgotten.class.getName() + ".forgotten"), refused.getMessage());
    }

    @Test
    void twoDeclarationsOnOneMethodCountAsNoneSoTheModuleRefusesToStart() {
        UndeclaredAccess refused = assertThrows(UndeclaredAccess.class,
                () -> TestServer.builder().module(new ModuleWith(new Contradictory())).start().close());
        assertTrue(refused.getMessage().contains(Contradictory.class.getName() + ".both"), refused.getMessage());
    }

    @Test
    void aModuleWhoseMethodsAllDeclareAccessStartsAndEachMethodGetsItsOwnCheck() {
        try (TestServer server = TestServer.builder().module(new ModuleWith(new Declared())).start()) {
            WebClient anonymous = server.client();
            assertEquals(200, anonymous.get("/access-test/declared").status());
            WebClient.Page page = anonymous.get("/access-test/declared/mine");
            assertEquals(303, page.status());
            assertEquals("/login?return=%2Faccess-test%2Fdeclared%2Fmine", page.location());
            assertEquals(401, anonymous.getJson("/access-test/declared/mine").status());
        }
    }
}
