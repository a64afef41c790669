package kz.sabaq.attestation.staff;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.i18n.Translations;
import kz.sabaq.api.web.RefusedForm;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.AttestationSettings;
import kz.sabaq.attestation.OnlineAttestationModule;

/**
 * "Conducting online attestation. Settings" (spec §3): tab "Interim attestation" with the three
 * settings. A second tab appears only when an online final state attestation module is installed
 * (a hook: that module brings its own settings page).
 */
@Path("/online-attestation/settings")
@Produces(MediaType.TEXT_HTML)
public final class SettingsResource {
    static final String ALL = "all";

    private final AttestationSettings settings;
    private final StaffMapper store;
    private final Supplier<List<TicketDistributionStrategy>> strategies;
    private final BooleanSupplier finalStateInstalled;
    private final Translations texts;

    SettingsResource(AttestationSettings settings, StaffMapper store,
                     Supplier<List<TicketDistributionStrategy>> strategies, BooleanSupplier finalStateInstalled,
                     Translations texts) {
        this.settings = settings;
        this.store = store;
        this.strategies = strategies;
        this.finalStateInstalled = finalStateInstalled;
        this.texts = texts;
    }

    /**
     * The settings page: the installed distribution {@code forms}, the chosen one when it is no longer
     * installed ({@code missingForm}, else empty) and the study {@code terms} offered.
     */
    public record Model(boolean saved, boolean wholeStream, List<Form> forms, String missingForm, List<Term> terms,
                        String termsSummary, boolean finalStateTab) {
    }

    /** A ticket distribution strategy the page offers. */
    public record Form(String id, String name, boolean selected) {
    }

    /** A study term the page offers, "all" first. */
    public record Term(String code, String name, boolean selected) {
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.SETTINGS)
    public View page(@QueryParam("saved") String saved, @Context Viewer viewer) {
        Locale locale = viewer.locale();
        String chosen = settings.distribution();
        List<Form> forms = new ArrayList<>();
        boolean chosenInstalled = false;
        for (TicketDistributionStrategy s : strategies.get()) {
            boolean selected = s.id().equals(chosen);
            chosenInstalled |= selected;
            forms.add(new Form(s.id(), s.name().in(locale), selected));
        }
        List<String> terms = settings.studyTerms();
        List<Term> termOptions = new ArrayList<>();
        termOptions.add(new Term(ALL, texts.get(locale, "online-attestation.staff.settings.allTerms"), terms.contains(ALL)));
        List<String> chosenNames = new ArrayList<>();
        if (terms.contains(ALL)) {
            chosenNames.add(texts.get(locale, "online-attestation.staff.settings.allTerms"));
        }
        for (StaffMapper.Option t : store.studyTerms()) {
            boolean selected = terms.contains(t.code());
            String name = name(t, locale);
            termOptions.add(new Term(t.code(), name, selected));
            if (selected) {
                chosenNames.add(name);
            }
        }
        Model model = new Model("1".equals(saved), settings.wholeStream(), forms, chosenInstalled ? "" : chosen,
                termOptions, summary(chosenNames), finalStateInstalled.getAsBoolean());
        return View.of("online-attestation/staff-settings", "online-attestation.staff.settings.title", model);
    }

    @POST
    @RequiresCapability(OnlineAttestationModule.SETTINGS)
    public Response save(@FormParam("wholeStream") String wholeStream, @FormParam("distribution") String distribution,
                         @FormParam("studyTerms") List<String> studyTerms, @Context Viewer viewer) {
        try {
            saveChecked(wholeStream, distribution, studyTerms);
        } catch (UserError e) {
            return RefusedForm.response(e, () -> page(null, viewer));
        }
        return Response.seeOther(URI.create("/online-attestation/settings?saved=1")).build();
    }

    private void saveChecked(String wholeStream, String distribution, List<String> studyTerms) {
        String form = distribution == null ? "" : distribution.trim();
        boolean installed = strategies.get().stream().anyMatch(s -> s.id().equals(form));
        if (!installed && !form.equals(settings.distribution())) {
            throw UserError.badRequest("online-attestation.staff.error.distribution").on("distribution");
        }
        Set<String> known = new LinkedHashSet<>();
        known.add(ALL);
        store.studyTerms().forEach(t -> known.add(t.code()));
        Set<String> terms = new LinkedHashSet<>();
        for (String code : studyTerms == null ? List.<String>of() : studyTerms) {
            String c = code == null ? "" : code.trim();
            if (c.isEmpty()) {
                continue;
            }
            if (!known.contains(c) || c.contains(",")) {
                throw UserError.badRequest("online-attestation.staff.error.studyTerm").on("studyTerms");
            }
            terms.add(c);
        }
        if (terms.contains(ALL)) {
            terms.retainAll(Set.of(ALL));
        }
        settings.values().save(Map.of(
                AttestationSettings.WHOLE_STREAM, String.valueOf("true".equals(wholeStream) || "on".equals(wholeStream)),
                AttestationSettings.DISTRIBUTION, form,
                AttestationSettings.STUDY_TERMS, String.join(",", terms)));
    }

    /** Up to three names, then "+N" for the rest. */
    static String summary(List<String> names) {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 3)) + " +" + (names.size() - 3);
    }

    static String name(StaffMapper.Option o, Locale locale) {
        return new LocalizedName(o.nameKk(), o.nameRu(), o.nameEn()).in(locale);
    }
}
