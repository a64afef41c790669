package kz.sabaq.announcements;

import java.nio.file.Path;
import kz.sabaq.core.testing.PageModels;
import org.junit.jupiter.api.Test;

/** Every key the plugin's templates read is in its page's model or in what core gives every page. */
class TemplatesTest {

    @Test
    void everyTemplateReadsOnlyWhatItsModelHas() {
        PageModels.in(Path.of("src/main/resources/templates"), "announcements")
                .page("list", AnnouncementResource.Model.class)
                .check();
    }
}
