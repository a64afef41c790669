package kz.sabaq.examtest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.attestation.FinalControlTest;
import kz.sabaq.api.module.DemoData;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.ScheduledJob;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.setting.SettingRefusal;
import kz.sabaq.examtest.attempt.AttemptPages;
import kz.sabaq.examtest.attempt.AttemptResource;
import kz.sabaq.examtest.attempt.StreamFinalTest;
import kz.sabaq.examtest.attempt.Attempts;
import kz.sabaq.examtest.attempt.TestResource;
import kz.sabaq.examtest.attempt.Tests;
import kz.sabaq.examtest.attempt.TestsOnCabinet;
import kz.sabaq.examtest.bank.Bank;
import kz.sabaq.examtest.bank.BankResource;
import kz.sabaq.examtest.bank.DifficultyMix;
import kz.sabaq.examtest.demo.DemoBanks;
import kz.sabaq.examtest.exchange.ExchangeResource;
import kz.sabaq.examtest.exchange.Imports;
import org.pf4j.Extension;

/**
 * Computer-based tests: a question bank per discipline, a stream's test drawn at random per
 * student and timed by the server, scored into the journal; self-check tests per topic.
 */
@Extension
public class ExamTestModule implements LmsModule {
    public static final String ID = "exam-test";
    /** See the banks and tests of one's own streams (read mode of the staff module). */
    public static final String VIEW = "exam-test:view";
    /** Write items, import, export, open and close tests (edit mode). */
    public static final String EDIT = "exam-test:edit";
    /** See every stream the role's restrictions admit, not only one's own. */
    public static final String ALL = "exam-test:all";
    /** Take the tests of one's own streams (the student module). */
    public static final String TAKE = "exam-test:take";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String tablePrefix() {
        return "et";
    }

    @Override
    public List<RoleModule> roleModules() {
        return List.of(
                new RoleModule("exam-test.staff", "exam-test.module.staff",
                        List.of(Capability.read(VIEW), Capability.edit(EDIT),
                                Capability.right(ALL, Mode.READ, "exam-test.right.all")),
                        Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT, StandardRoles.TEACHER, Mode.EDIT,
                                StandardRoles.HEAD_OF_DEPARTMENT, Mode.READ, StandardRoles.HEAD_OF_PCC, Mode.READ),
                        Map.of(StandardRoles.ADMINISTRATOR, List.of(ALL),
                                StandardRoles.HEAD_OF_DEPARTMENT, List.of(ALL),
                                StandardRoles.HEAD_OF_PCC, List.of(ALL))),
                new RoleModule("exam-test.student", "exam-test.module.student",
                        List.of(Capability.read(TAKE)),
                        Map.of(StandardRoles.STUDENT, Mode.READ), Map.of(), List.of(StandardRoles.STUDENT)));
    }

    @Override
    public List<FormField> settings() {
        return ExamTestSettings.definitions();
    }

    /** The difficulty mix is three whole percentages adding up to 100: refused on the form, not when a test opens. */
    @Override
    public List<SettingRefusal> refuse(Map<String, String> values) {
        String mix = values.get(ExamTestSettings.MIX);
        return DifficultyMix.parse(mix).isPresent() ? List.of()
                : List.of(new SettingRefusal(ExamTestSettings.MIX, "exam-test.setting.error.mix", List.of(mix)));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("exam-test.menu.streams", "/exam-test", VIEW, 45),
                new MenuEntry("exam-test.menu.mine", "/exam-test/mine", TAKE, 45));
    }

    private DemoBanks demo;

    @Override
    public void wire(ModuleWiring w) {
        ExamTest common = ExamTest.of(w);
        Bank bank = new Bank(common);
        w.resource(new BankResource(common, bank));
        Imports imports = new Imports(common, bank);
        w.resource(new ExchangeResource(common, imports, bank));
        Tests tests = new Tests(common, bank);
        demo = new DemoBanks(imports, tests);
        Attempts attempts = new Attempts(common, tests, bank);
        w.resource(new StreamListResource(common));
        w.resource(new TestResource(common, tests, bank));
        w.resource(new AttemptResource(common, attempts, new AttemptPages(common, tests, attempts)));
        // online attestation offers "conducted as: test" while this is published
        w.provide(FinalControlTest.class, new StreamFinalTest(common, tests, attempts));
        w.todayItems(new TestsOnCabinet(common, tests, attempts));
        // Attempts whose deadline passed while nobody came back are closed and scored by the server.
        w.job(new ScheduledJob("close-expired", Duration.ofSeconds(30), attempts::closeExpired));
    }

    /** The demo's question banks and opened tests (demo/&lt;dataSet&gt;/exam-test/ in this jar). */
    @Override
    public void loadDemo(DemoData data) {
        demo.load(data);
    }
}
