package kz.sabaq.core.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.sabaq.api.access.Capability;
import kz.sabaq.api.access.Mode;
import kz.sabaq.api.access.RoleModule;
import kz.sabaq.api.access.Scope;
import org.junit.jupiter.api.Test;

/** The role editor's rules as {@link AccessService} applies them, without a database. */
class AccessRulesTest {
    static final String VIEW = "oia:stream.view";
    static final String EDIT = "oia:stream.edit";
    static final String SETTINGS = "oia:settings";
    static final String VIEW_ALL = "oia:viewAll";
    static final long TERM_X = 1;
    static final long TERM_Y = 2;
    static final long OWN_DEPARTMENT = 10;
    static final long OTHER_DEPARTMENT = 11;
    static final long OWN_PCC = 20;
    static final long OTHER_PCC = 21;

    final CapabilityCatalog catalog = catalog();
    final AccessService access = new AccessService();

    static CapabilityCatalog catalog() {
        CapabilityCatalog catalog = new CapabilityCatalog();
        catalog.add(new RoleModule("oia.staff", "oia.module.staff", List.of(
                Capability.read(VIEW),
                Capability.edit(EDIT),
                Capability.right(SETTINGS, Mode.EDIT, "oia.right.settings"),
                Capability.right(VIEW_ALL, Mode.READ, "oia.right.viewAll")), Map.of()));
        return catalog;
    }

    static RoleDefinition role(RoleDefinition.OwnUnit ownUnit, Mode mode, Set<String> rights,
                               Map<ScopeKind, Set<Long>> restrictions) {
        return new RoleDefinition(7, "custom", "Custom", false, ownUnit,
                mode == null ? Map.of() : Map.of("oia.staff", mode), rights, restrictions);
    }

    SessionViewer viewer(RoleDefinition role, UnitDirectory units) {
        return new SessionViewer(42, "Test User", Locale.ENGLISH, "csrf", List.of(role), catalog, units);
    }

    SessionViewer viewer(RoleDefinition role) {
        return viewer(role, userId -> Units.NONE);
    }

    static Scope term(long id) {
        return new Scope(id, null, null);
    }

    static Scope department(long id) {
        return new Scope(null, id, null);
    }

    static Scope pcc(long id) {
        return new Scope(null, null, id);
    }

    @Test
    void aRoleRestrictedToOneStudyTermDoesNotAdmitAnObjectOfAnotherTerm() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(),
                Map.of(ScopeKind.TERM, Set.of(TERM_X))));
        assertTrue(access.allows(v, VIEW, term(TERM_X)));
        assertFalse(access.allows(v, VIEW, term(TERM_Y)));
    }

    @Test
    void aRoleRestrictedToADepartmentDoesNotAdmitAnObjectOfAnotherDepartment() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(),
                Map.of(ScopeKind.DEPARTMENT, Set.of(OWN_DEPARTMENT))));
        assertTrue(access.allows(v, VIEW, department(OWN_DEPARTMENT)));
        assertFalse(access.allows(v, VIEW, department(OTHER_DEPARTMENT)));
    }

    @Test
    void aRoleRestrictedToAPccDoesNotAdmitAnObjectOfAnotherPcc() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(),
                Map.of(ScopeKind.PCC, Set.of(OWN_PCC))));
        assertTrue(access.allows(v, VIEW, pcc(OWN_PCC)));
        assertFalse(access.allows(v, VIEW, pcc(OTHER_PCC)));
    }

    @Test
    void anObjectTiedToADepartmentButToNoPccIsOutsideAPccRestriction() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(),
                Map.of(ScopeKind.PCC, Set.of(OWN_PCC))));
        assertFalse(access.allows(v, VIEW, department(OWN_DEPARTMENT)), "a stream of a discipline of no PCC");
        assertFalse(access.allows(v, VIEW, new Scope(null, OWN_DEPARTMENT, null)));
        assertTrue(access.allows(v, VIEW, new Scope(TERM_X, OWN_DEPARTMENT, OWN_PCC)));
        assertTrue(access.allows(v, VIEW, Scope.INSTITUTION), "an object of the whole institution");
    }

    @Test
    void aStreamOfMixedStudyTermsIsOutsideATermRestriction() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(),
                Map.of(ScopeKind.TERM, Set.of(TERM_X))));
        assertFalse(access.allows(v, VIEW, new Scope(null, OWN_DEPARTMENT, OWN_PCC)));
    }

    @Test
    void restrictionsOfDifferentKindsMustAllHold() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(),
                Map.of(ScopeKind.TERM, Set.of(TERM_X), ScopeKind.DEPARTMENT, Set.of(OWN_DEPARTMENT))));
        assertTrue(access.allows(v, VIEW, new Scope(TERM_X, OWN_DEPARTMENT, null)));
        assertFalse(access.allows(v, VIEW, new Scope(TERM_X, OTHER_DEPARTMENT, null)));
        assertFalse(access.allows(v, VIEW, new Scope(TERM_Y, OWN_DEPARTMENT, null)));
    }

    @Test
    void anUnrestrictedRoleAdmitsEverything() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(), Map.of()));
        assertTrue(access.allows(v, VIEW, new Scope(TERM_Y, OTHER_DEPARTMENT, OTHER_PCC)));
        assertTrue(access.allows(v, EDIT, new Scope(TERM_X, OWN_DEPARTMENT, OWN_PCC)));
        assertTrue(access.allows(v, VIEW, Scope.INSTITUTION));
    }

    @Test
    void aHeadOfDepartmentAdmitsOnlyObjectsOfTheirOwnDepartment() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.DEPARTMENT, Mode.READ, Set.of(VIEW_ALL), Map.of()),
                userId -> userId == 42 ? new Units(OWN_DEPARTMENT, null) : Units.NONE);
        assertTrue(access.allows(v, VIEW_ALL, department(OWN_DEPARTMENT)));
        assertFalse(access.allows(v, VIEW_ALL, department(OTHER_DEPARTMENT)));
    }

    @Test
    void aHeadOfPccAdmitsOnlyObjectsOfTheirOwnPcc() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.PCC, Mode.READ, Set.of(VIEW_ALL), Map.of()),
                userId -> new Units(null, OWN_PCC));
        assertTrue(access.allows(v, VIEW_ALL, pcc(OWN_PCC)));
        assertFalse(access.allows(v, VIEW_ALL, pcc(OTHER_PCC)));
    }

    @Test
    void aHeadOfDepartmentWhoBelongsToNoDepartmentAdmitsNoDepartmentsObjects() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.DEPARTMENT, Mode.READ, Set.of(VIEW_ALL), Map.of()),
                userId -> Units.NONE);
        assertFalse(access.allows(v, VIEW_ALL, department(OWN_DEPARTMENT)));
    }

    @Test
    void theOwnUnitIsLookedUpOnlyForRolesLimitedToIt() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.READ, Set.of(), Map.of()),
                userId -> {
                    throw new AssertionError("no lookup expected");
                });
        assertTrue(access.allows(v, VIEW, department(OTHER_DEPARTMENT)));
    }

    @Test
    void aReadModeModuleDoesNotGrantAnEditCapability() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.READ, Set.of(), Map.of()));
        assertTrue(v.can(VIEW));
        assertFalse(v.can(EDIT));
        assertFalse(access.allows(v, EDIT, Scope.INSTITUTION));
    }

    @Test
    void anEditModeModuleGrantsItsReadAndEditCapabilities() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(), Map.of()));
        assertTrue(v.can(VIEW));
        assertTrue(v.can(EDIT));
    }

    @Test
    void aModuleNotAddedGrantsNothing() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, null, Set.of(VIEW_ALL), Map.of()));
        assertFalse(v.can(VIEW));
        assertFalse(v.can(VIEW_ALL));
    }

    @Test
    void anExtendedRightNeedsItsCheckbox() {
        SessionViewer without = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(), Map.of()));
        SessionViewer with = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(VIEW_ALL, SETTINGS), Map.of()));
        assertFalse(without.can(VIEW_ALL));
        assertFalse(without.can(SETTINGS));
        assertTrue(with.can(VIEW_ALL));
        assertTrue(with.can(SETTINGS));
    }

    @Test
    void anEditOnlyRightNeedsEditMode() {
        SessionViewer v = viewer(role(RoleDefinition.OwnUnit.NONE, Mode.READ, Set.of(SETTINGS, VIEW_ALL), Map.of()));
        assertFalse(v.can(SETTINGS));
        assertFalse(access.allows(v, SETTINGS, Scope.INSTITUTION));
        assertTrue(v.can(VIEW_ALL), "a read-and-edit right works in read mode");
    }

    @Test
    void anotherRoleOfTheSameUserCanAdmitWhatOneRoleRestricts() {
        RoleDefinition termX = role(RoleDefinition.OwnUnit.NONE, Mode.READ, Set.of(),
                Map.of(ScopeKind.TERM, Set.of(TERM_X)));
        RoleDefinition termY = new RoleDefinition(8, "other", "Other", false, RoleDefinition.OwnUnit.NONE,
                Map.of("oia.staff", Mode.READ), Set.of(), Map.of(ScopeKind.TERM, Set.of(TERM_Y)));
        SessionViewer v = new SessionViewer(42, "Test User", Locale.ENGLISH, "csrf", List.of(termX, termY), catalog,
                userId -> Units.NONE);
        assertTrue(access.allows(v, VIEW, term(TERM_Y)));
        assertFalse(access.allows(v, VIEW, term(3L)));
    }

    @Test
    void aRoleThatGrantsTheCapabilityButDoesNotAdmitTheScopeDoesNotCombineWithARoleThatAdmitsButDoesNotGrant() {
        RoleDefinition editorOfTermX = role(RoleDefinition.OwnUnit.NONE, Mode.EDIT, Set.of(),
                Map.of(ScopeKind.TERM, Set.of(TERM_X)));
        RoleDefinition readerOfAll = new RoleDefinition(8, "reader", "Reader", false, RoleDefinition.OwnUnit.NONE,
                Map.of("oia.staff", Mode.READ), Set.of(), Map.of());
        SessionViewer v = new SessionViewer(42, "Test User", Locale.ENGLISH, "csrf", List.of(editorOfTermX, readerOfAll),
                catalog, userId -> Units.NONE);
        assertFalse(access.allows(v, EDIT, term(TERM_Y)));
        assertTrue(access.allows(v, VIEW, term(TERM_Y)));
    }

    @Test
    void anAnonymousVisitorIsAllowedNothing() {
        assertFalse(access.allows(new AnonymousViewer(Locale.ENGLISH, "csrf"), VIEW, Scope.INSTITUTION));
    }
}
