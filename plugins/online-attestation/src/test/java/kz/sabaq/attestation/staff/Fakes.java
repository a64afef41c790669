package kz.sabaq.attestation.staff;

import kz.sabaq.api.access.Access;

/** Stand-ins for objects that only core builds; the viewer, settings and context fakes are core's test-jar. */
final class Fakes {

    /** Core's rule without restrictions: a capability the viewer holds is allowed in any scope. */
    static final Access ACCESS = (viewer, capability, scope) -> viewer.can(capability);

    private Fakes() {
    }
}
