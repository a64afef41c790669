package kz.sabaq.attendance;

import java.nio.file.Path;
import kz.sabaq.attendance.journal.MyAttendance;
import kz.sabaq.attendance.online.OnlinePage;
import kz.sabaq.attendance.report.ReportResource;
import kz.sabaq.attendance.scan.ResultPage;
import kz.sabaq.attendance.scan.ScanResource;
import kz.sabaq.attendance.session.SessionList;
import kz.sabaq.attendance.session.SessionPage;
import kz.sabaq.core.testing.PageModels;
import org.junit.jupiter.api.Test;

/** Every key the plugin's templates read is in its page's model or in what core gives every page. */
class TemplatesTest {

    @Test
    void everyTemplateReadsOnlyWhatItsModelHas() {
        PageModels.in(Path.of("src/main/resources/templates"), "attendance-qr")
                .page("scan-attend", ScanResource.TypedForm.class)
                .lightPage("scan-result", ResultPage.Model.class)
                .page("journal-mine", MyAttendance.Model.class)
                .page("online-proposal", OnlinePage.ProposalModel.class)
                .page("session-page", SessionPage.Model.class)
                .page("session-list", SessionList.Model.class)
                .page("report", ReportResource.Model.class)
                .check();
    }
}
