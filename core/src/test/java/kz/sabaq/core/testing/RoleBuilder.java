package kz.sabaq.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A role as an administrator builds one in the role editor: modules with their mode, extra rights,
 * restrictions (scope) and the unit it is limited to. Not built in unless told.
 */
public final class RoleBuilder {
    private final Generator gen;
    private final int n = Generator.unique();
    private String code = "R" + n;
    private String name = "Role " + n;
    private boolean builtin;
    private String ownUnit = "NONE";
    private final Map<String, String> modules = new LinkedHashMap<>();
    private final List<String> rights = new ArrayList<>();
    private final List<Object[]> scopes = new ArrayList<>();

    RoleBuilder(Generator gen) {
        this.gen = gen;
    }

    public RoleBuilder code(String value) {
        code = value;
        return this;
    }

    public RoleBuilder name(String value) {
        name = value;
        return this;
    }

    public RoleBuilder builtin() {
        builtin = true;
        return this;
    }

    /** NONE, DEPARTMENT or PCC: the holder sees only their own unit's objects. */
    public RoleBuilder ownUnit(String value) {
        ownUnit = value;
        return this;
    }

    /** A module of the role with mode READ or EDIT. */
    public RoleBuilder module(String moduleId, String mode) {
        modules.put(moduleId, mode);
        return this;
    }

    public RoleBuilder rights(String... capabilities) {
        rights.addAll(List.of(capabilities));
        return this;
    }

    public RoleBuilder rights(List<String> capabilities) {
        rights.addAll(capabilities);
        return this;
    }

    /** A restriction: kind TERM, DEPARTMENT or PCC, and the unit's id. */
    public RoleBuilder scope(String kind, long refId) {
        scopes.add(new Object[] {kind, refId});
        return this;
    }

    /** @return the role's id */
    public long create() {
        long role = gen.sql("INSERT INTO role (code, name, builtin, own_unit) VALUES (?, ?, ?, ?)", code, name, builtin, ownUnit);
        modules.forEach((module, mode) ->
                gen.sql("INSERT INTO role_module (role_id, module_id, mode) VALUES (?, ?, ?)", role, module, mode));
        for (String right : rights) {
            gen.sql("INSERT INTO role_right (role_id, capability) VALUES (?, ?)", role, right);
        }
        for (Object[] scope : scopes) {
            gen.sql("INSERT INTO role_scope (role_id, kind, ref_id) VALUES (?, ?, ?)", role, scope[0], scope[1]);
        }
        return role;
    }
}
