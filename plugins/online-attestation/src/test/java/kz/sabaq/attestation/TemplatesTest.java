package kz.sabaq.attestation;

import java.nio.file.Path;
import kz.sabaq.attestation.admission.DecisionResource;
import kz.sabaq.attestation.exam.ExamPage;
import kz.sabaq.attestation.slot.SlotDialogs;
import kz.sabaq.attestation.staff.SettingsResource;
import kz.sabaq.attestation.staff.StreamListResource;
import kz.sabaq.attestation.staff.StreamPage;
import kz.sabaq.attestation.staff.StreamResource;
import kz.sabaq.attestation.tickets.TicketPages;
import kz.sabaq.core.testing.PageModels;
import org.junit.jupiter.api.Test;

/** Every key the module's templates read is in its page's model or in what core gives every page. */
class TemplatesTest {

    @Test
    void everyTemplateReadsOnlyWhatItsModelHas() {
        PageModels.in(Path.of("src/main/resources/templates"), "online-attestation")
                .page("admission-decision", DecisionResource.Model.class)
                .page("slot-notify", SlotDialogs.Notify.class)
                .page("slot-platform", SlotDialogs.Platform.class)
                .page("slot-students", SlotDialogs.Students.class)
                .page("staff-distribute", StreamResource.Distribute.class)
                .page("staff-list", StreamListResource.Model.class)
                .page("staff-settings", SettingsResource.Model.class)
                .page("staff-slot-edit", StreamResource.SlotEdit.class)
                .page("tickets", TicketPages.Bank.class)
                .page("ticket-form", TicketPages.Form.class)
                .page("ticket-copy", TicketPages.Copy.class)
                .page("exam-mine", ExamPage.Mine.class)
                .page("exam-page", ExamPage.Model.class)
                .page("staff-stream", StreamPage.Model.class)
                .check();
    }
}
