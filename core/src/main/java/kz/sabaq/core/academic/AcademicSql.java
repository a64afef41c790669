package kz.sabaq.core.academic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL of {@link AcademicMapper}'s shared statements. Table and column names come from {@link Table}
 * and {@link Column} constants, never from a file or a request; values are {@code #{}} parameters.
 */
public final class AcademicSql {

    public static String find(Map<String, Object> params) {
        Table table = (Table) params.get("table");
        List<String> where = new ArrayList<>();
        for (String column : table.key()) {
            where.add(column + " = #{key." + column + "}");
        }
        return "SELECT " + table.id() + " FROM " + table.name() + " WHERE " + String.join(" AND ", where);
    }

    public static String lookup(Map<String, Object> params) {
        return ((Table) params.get("table")).lookup();
    }

    @SuppressWarnings("unchecked")
    public static String insert(Map<String, Object> params) {
        Table table = (Table) params.get("table");
        Map<String, Object> values = (Map<String, Object>) params.get("values");
        List<String> columns = new ArrayList<>(values.keySet());
        List<String> placeholders = columns.stream().map(c -> "#{values." + c + "}").toList();
        return "INSERT INTO " + table.name() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", placeholders) + ")";
    }

    @SuppressWarnings("unchecked")
    public static String update(Map<String, Object> params) {
        Table table = (Table) params.get("table");
        Map<String, Object> values = (Map<String, Object>) params.get("values");
        List<String> sets = values.keySet().stream().map(c -> c + " = #{values." + c + "}").toList();
        return "UPDATE " + table.name() + " SET " + String.join(", ", sets) + " WHERE " + table.id() + " = #{id}";
    }

    public static String count(Map<String, Object> params) {
        Kind kind = (Kind) params.get("kind");
        return "SELECT COUNT(*) " + fromWhere(kind);
    }

    public static String page(Map<String, Object> params) {
        Kind kind = (Kind) params.get("kind");
        List<String> order = new ArrayList<>();
        for (int i = 1; i <= kind.shownColumns().size(); i++) {
            order.add(String.valueOf(i));
        }
        return "SELECT " + String.join(", ", selects(kind)) + " " + fromWhere(kind)
                + " ORDER BY " + String.join(", ", order) + " LIMIT #{limit} OFFSET #{offset}";
    }

    private static String fromWhere(Kind kind) {
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < kind.columns().size(); i++) {
            Column c = kind.columns().get(i);
            if (c.type() != ColumnType.PASSWORD) {
                expressions.add(expression(c, i));
            }
        }
        StringBuilder where = new StringBuilder(" WHERE (#{pattern} IS NULL OR CONCAT_WS(' ', ")
                .append(String.join(", ", expressions)).append(") LIKE #{pattern})");
        UnitColumns.of(kind).ifPresent(units -> {
            if (units.department() != null) {
                where.append(" AND (#{department} IS NULL OR ").append(units.department()).append(" = #{department})");
            }
            if (units.pcc() != null) {
                where.append(" AND (#{pcc} IS NULL OR ").append(units.pcc()).append(" = #{pcc})");
            }
        });
        return "FROM " + kind.table().from() + joins(kind) + where;
    }

    /** Aliases are quoted: some column names ({@code group}) are reserved words. */
    private static List<String> selects(Kind kind) {
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < kind.columns().size(); i++) {
            Column c = kind.columns().get(i);
            if (c.type() == ColumnType.PASSWORD) {
                continue;
            }
            selects.add(expression(c, i) + " AS `" + c.name() + "`");
        }
        return selects;
    }

    private static String expression(Column c, int index) {
        if (c.listed() != null) {
            return c.listed();
        }
        if (c.type() == ColumnType.REFERENCE) {
            return "r" + index + "." + Kinds.get(c.target()).table().joinKey();
        }
        return "t." + c.stored();
    }

    private static String joins(Kind kind) {
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < kind.columns().size(); i++) {
            Column c = kind.columns().get(i);
            if (c.type() == ColumnType.REFERENCE && c.listed() == null) {
                Table target = Kinds.get(c.target()).table();
                joins.append(" LEFT JOIN ").append(target.joinTable()).append(" r").append(i)
                        .append(" ON r").append(i).append(".id = t.").append(c.stored());
            }
        }
        return joins.toString();
    }

    private AcademicSql() {
    }
}
