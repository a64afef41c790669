package kz.sabaq.attestation;

import java.util.List;
import java.util.Map;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.StandardRoles;
import kz.sabaq.api.attestation.FinalControlAdmission;
import kz.sabaq.api.attestation.FinalControlTest;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.MenuEntry;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.api.module.StartedModules;
import kz.sabaq.api.grading.GradingScales;
import kz.sabaq.attestation.admission.DecisionMapper;
import kz.sabaq.attestation.admission.DecisionResource;
import kz.sabaq.attestation.admission.Decisions;
import kz.sabaq.attestation.distribution.DistributionWiring;
import kz.sabaq.attestation.distribution.TicketDistribution;
import kz.sabaq.attestation.exam.ExamWiring;
import kz.sabaq.attestation.exam.Presence;
import kz.sabaq.attestation.retake.RetakeMapper;
import kz.sabaq.attestation.retake.Retakes;
import kz.sabaq.attestation.slot.SlotActions;
import kz.sabaq.attestation.slot.SlotActionsWiring;
import kz.sabaq.attestation.staff.StaffWiring;
import kz.sabaq.attestation.tickets.TicketBank;
import kz.sabaq.attestation.tickets.TicketBankWiring;
import org.pf4j.Extension;

/**
 * Online interim attestation: a stream's students are split into dated slots, get tickets (by a
 * pluggable distribution strategy) or individual tasks, send answers, and their grades flow into
 * the journal. Two role modules: staff ("қызметкер") and student ("білім алушы").
 */
@Extension
public class OnlineAttestationModule implements LmsModule {
    /** See the final controls of one's own streams (read mode of the staff module). */
    public static final String VIEW = "online-attestation:view";
    /** Add, change and delete: slots, tickets, placements, questions (edit mode). */
    public static final String EDIT = "online-attestation:edit";
    /** "Allow defining the module settings" (edit mode only). */
    public static final String SETTINGS = "online-attestation:settings";
    /** "Allow viewing all final controls" within the role's restrictions. */
    public static final String ALL = "online-attestation:all";
    /** The institution lets this role put final control grades. */
    public static final String GRADE = "online-attestation:grade";
    /** "Admitted by decision": admit a student the admission rules do not admit, with a reason. */
    public static final String ADMIT = "online-attestation:admit";
    /** Sit one's own final controls (the student module). */
    public static final String SIT = "online-attestation:sit";

    public static final String ID = "online-attestation";

    @Override
    public String id() {
        return ID;
    }

    /** The pages were at /oa; bookmarks and links in sent notifications still point there. */
    @Override
    public Map<String, String> movedPaths() {
        return Map.of("/oa", "/" + ID);
    }

    @Override
    public String tablePrefix() {
        return "oa";
    }

    @Override
    public List<String> bundles() {
        return List.of(ID, ID + "-staff", ID + "-tickets", ID + "-slot", ID + "-distribution", ID + "-exam");
    }

    @Override
    public List<RoleModule> roleModules() {
        return List.of(
                new RoleModule("online-attestation.staff", "online-attestation.module.staff",
                        List.of(Capability.read(VIEW), Capability.edit(EDIT),
                                Capability.right(SETTINGS, Mode.EDIT, "online-attestation.right.settings"),
                                Capability.right(ALL, Mode.READ, "online-attestation.right.all"),
                                Capability.right(GRADE, Mode.READ, "online-attestation.right.grade"),
                                Capability.right(ADMIT, Mode.EDIT, "online-attestation.right.admit")),
                        Map.of(StandardRoles.ADMINISTRATOR, Mode.EDIT, StandardRoles.TEACHER, Mode.EDIT,
                                StandardRoles.REGISTRAR, Mode.EDIT,
                                StandardRoles.HEAD_OF_DEPARTMENT, Mode.READ, StandardRoles.HEAD_OF_PCC, Mode.READ),
                        Map.of(StandardRoles.ADMINISTRATOR, List.of(SETTINGS, ALL, GRADE, ADMIT),
                                StandardRoles.TEACHER, List.of(GRADE),
                                StandardRoles.REGISTRAR, List.of(ALL, ADMIT),
                                StandardRoles.HEAD_OF_DEPARTMENT, List.of(ALL),
                                StandardRoles.HEAD_OF_PCC, List.of(ALL))),
                new RoleModule("online-attestation.student", "online-attestation.module.student",
                        List.of(Capability.read(SIT)),
                        Map.of(StandardRoles.STUDENT, Mode.READ), Map.of(), List.of(StandardRoles.STUDENT)));
    }

    @Override
    public List<FormField> settings() {
        return AttestationSettings.definitions();
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("online-attestation.menu.streams", "/online-attestation", VIEW, 40),
                new MenuEntry("online-attestation.menu.settings", "/online-attestation/settings", SETTINGS, 41),
                new MenuEntry("online-attestation.menu.mine", "/online-attestation/mine", SIT, 40));
    }

    private TestForm testForm;

    @Override
    public void wire(ModuleWiring w) {
        Attestation common = Attestation.of(w);
        testForm = common.testForm();
        TicketDistribution tickets = new DistributionWiring().wire(w, common);
        TicketBank bank = new TicketBankWiring().wire(w, common);
        SlotActions actions = new SlotActionsWiring().wire(w, common, tickets, bank);
        Retakes retakes = new Retakes(common, w.mapper(RetakeMapper.class),
                w.service(GradingScales.class).orElseThrow());
        Presence presence = new ExamWiring().wire(w, common, tickets, retakes);
        new StaffWiring().wire(w, common, bank, actions, retakes);
        w.resource(new DecisionResource(common, new Decisions(common, w.mapper(DecisionMapper.class))));
        w.provide(FinalControlAdmission.class, new PublishedAdmission(common, presence));
    }

    /** The test plugin depends on this module, so its {@link FinalControlTest} is there only now. */
    @Override
    public void started(StartedModules modules) {
        testForm.receive(modules.service(FinalControlTest.class));
    }
}
