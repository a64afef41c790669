package kz.sabaq.core.access;

public record RoleRow(long id, String code, String name, boolean builtin, String ownUnit) {
}
