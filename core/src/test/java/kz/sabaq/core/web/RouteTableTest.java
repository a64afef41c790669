package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.RequiresCapability;
import org.junit.jupiter.api.Test;

/** The route table the server logs at start-up and {@code ./sabaq routes} prints. */
class RouteTableTest {

    @Path("/cards/")
    public static final class Cards {
        @GET
        @AnyUser
        public String list() {
            return "";
        }

        @POST
        @Path("{id: \\d+}/delete")
        @RequiresCapability("cards:edit")
        public String delete() {
            return "";
        }

        @GET
        @Path("public")
        @PublicAccess
        public String open() {
            return "";
        }

        @GET
        @Path("undeclared")
        public String undeclared() {
            return "";
        }
    }

    @Test
    void listsMethodPathModuleAndAccessSortedByPath() {
        RouteTable table = RouteTable.of(Map.of("cards", List.of(new Cards())));

        assertEquals("""
                METHOD  PATH                     MODULE  ACCESS
                GET     /cards                   cards   ANY_USER
                GET     /cards/public            cards   PUBLIC
                GET     /cards/undeclared        cards   NONE
                POST    /cards/{id: \\d+}/delete  cards   cards:edit
                """, table.format());
    }
}
