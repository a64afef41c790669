package kz.sabaq.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import kz.sabaq.api.web.AnyUser;
import kz.sabaq.api.web.PublicAccess;
import kz.sabaq.api.web.RequiresCapability;
import org.junit.jupiter.api.Test;

class AccessDeclarationRuleTest {

    static class Sample {
        @GET
        public void undeclared() {
        }

        @GET
        @PublicAccess
        public void open() {
        }

        @GET
        @AnyUser
        public void anyUser() {
        }

        @GET
        @RequiresCapability("x:y")
        public void capability() {
        }

        @GET
        @PublicAccess
        @RequiresCapability("x:y")
        public void contradictory() {
        }
    }

    private static AccessFilter.Access of(String name) throws NoSuchMethodException {
        return AccessFilter.Access.of(Sample.class.getMethod(name));
    }

    @Test
    void aMethodWithoutDeclarationIsDenied() throws Exception {
        assertEquals(AccessFilter.Access.NONE, of("undeclared"));
    }

    @Test
    void eachOfTheThreeDeclarationsIsRecognised() throws Exception {
        assertEquals(AccessFilter.Access.PUBLIC, of("open"));
        assertEquals(AccessFilter.Access.ANY_USER, of("anyUser"));
        assertEquals(AccessFilter.Access.CAPABILITY, of("capability"));
    }

    @Test
    void twoDeclarationsOnOneMethodCountAsNoneSoTheMethodIsDenied() throws Exception {
        assertEquals(AccessFilter.Access.NONE, of("contradictory"));
    }
}
