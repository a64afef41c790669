package kz.sabaq.examtest;

import java.nio.file.Path;
import kz.sabaq.core.testing.PageModels;
import kz.sabaq.examtest.attempt.AttemptPages;
import kz.sabaq.examtest.attempt.TestResource;
import kz.sabaq.examtest.bank.BankResource;
import kz.sabaq.examtest.exchange.ExchangeResource;
import org.junit.jupiter.api.Test;

/** Every key the plugin's templates read is in its page's model or in what core gives every page. */
class TemplatesTest {

    @Test
    void everyTemplateReadsOnlyWhatItsModelHas() {
        PageModels.in(Path.of("src/main/resources/templates"), "exam-test")
                .page("streams", StreamListResource.Model.class)
                .page("stream", TestResource.Model.class)
                .page("bank", BankResource.ListModel.class)
                .page("item", BankResource.FormModel.class)
                .page("import", ExchangeResource.Model.class)
                .page("mine", AttemptPages.MineModel.class)
                .page("attempt", AttemptPages.AttemptModel.class)
                .check();
    }
}
