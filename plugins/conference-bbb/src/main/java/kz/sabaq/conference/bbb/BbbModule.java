package kz.sabaq.conference.bbb;

import java.util.List;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;
import org.pf4j.Extension;

/**
 * The institution's BigBlueButton server, configured once by an administrator: its API address,
 * the shared secret and the checksum's hash. The platform itself is {@link BbbPlatform}; core hands
 * it these settings through its context, so a secret never reaches a class's or a slot's form.
 */
@Extension
public class BbbModule implements LmsModule {
    public static final String ID = "conference-bbb";
    public static final String SERVER = "serverUrl";
    public static final String SECRET = "sharedSecret";
    public static final String CHECKSUM = "checksum";
    public static final String RECORD = "record";
    public static final String APPROVAL = "moderatorApproval";
    public static final String CAPACITY = "capacity";
    public static final String JOIN_EARLY = "joinEarlyMinutes";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FormField> settings() {
        return List.of(
                FormField.url(SERVER, ""),
                FormField.secret(SECRET),
                FormField.choice(CHECKSUM, "sha256", List.of("sha1", "sha256", "sha384", "sha512")),
                FormField.bool(RECORD, true),
                FormField.bool(APPROVAL, false),
                FormField.integer(CAPACITY, 400, 1, 100_000),
                FormField.integer(JOIN_EARLY, 15, 0, 240));
    }

    /** Nothing to wire: the platform is an extension of its own, and core routes its join and callbacks. */
    @Override
    public void wire(ModuleWiring wiring) {
        // the settings above are all this module adds
    }
}
