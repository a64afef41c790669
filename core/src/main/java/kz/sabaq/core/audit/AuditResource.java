package kz.sabaq.core.audit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.UserError;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.core.boot.CoreModule;
import kz.sabaq.core.i18n.Language;
import kz.sabaq.core.i18n.Messages;
import kz.sabaq.core.user.User;
import kz.sabaq.core.user.UserMapper;

/**
 * {@code /admin/audit}: the append-only log of grades, attendance edits, exam events and role
 * changes, filtered by action prefix, actor IIN, object text and a date range in the institution's
 * local dates, newest first.
 */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
public final class AuditResource {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final AuditMapper events;
    private final UserMapper users;
    private final ZoneId zone;
    private final Messages messages;

    public AuditResource(AuditMapper events, UserMapper users, ZoneId zone, Messages messages) {
        this.events = events;
        this.users = users;
        this.zone = zone;
        this.messages = messages;
    }

    @GET
    @RequiresCapability(CoreModule.ADMIN_VIEW)
    public Response log(@QueryParam("action") String action, @QueryParam("actor") String actor,
                        @QueryParam("object") String object, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("page") @DefaultValue("1") int page,
                        @Context Viewer viewer) {
        Language language = Language.of(viewer.locale());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("action", trimmed(action));
        filters.put("actor", trimmed(actor));
        filters.put("object", trimmed(object));
        filters.put("from", trimmed(from));
        filters.put("to", trimmed(to));
        try {
            Long actorId = filters.get("actor").isEmpty() ? null : actorId(filters.get("actor"));
            LocalDate fromDate = date(filters.get("from"));
            LocalDate toDate = date(filters.get("to"));
            if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
                throw UserError.badRequest("core.audit.datesReversed");
            }
            int current = Math.max(page, 1);
            List<AuditEntry> found = events.search(like(filters.get("action")), actorId, like(filters.get("object")),
                    fromDate == null ? null : utc(fromDate), toDate == null ? null : utc(toDate.plusDays(1)),
                    PAGE_SIZE + 1, (current - 1) * PAGE_SIZE);
            List<Row> rows = found.subList(0, Math.min(found.size(), PAGE_SIZE)).stream()
                    .map(e -> row(e, language)).toList();
            String query = query(filters);
            return Response.ok(View.of("core/audit", "core.audit.title", new Model(filters, zone.getId(), rows,
                    rows.isEmpty(), current, current > 1 || found.size() > PAGE_SIZE,
                    current > 1 ? "/admin/audit?" + query + "page=" + (current - 1) : null,
                    found.size() > PAGE_SIZE ? "/admin/audit?" + query + "page=" + (current + 1) : null, null, null)))
                    .build();
        } catch (UserError e) {
            Model refused = new Model(filters, zone.getId(), List.of(), true, 1, false, null, null, e.messageKey(),
                    e.args().length > 0 ? String.valueOf(e.args()[0]) : "");
            return Response.status(e.status()).entity(View.of("core/audit", "core.audit.title", refused)).build();
        }
    }

    private Row row(AuditEntry e, Language language) {
        boolean hasActor = e.actorId() != null;
        // A module names its actions ({action}.audit in its bundle); an unnamed one shows its code alone.
        String name = e.action() + ".audit";
        return new Row(SHOWN.format(e.at().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone)),
                e.at().atOffset(ZoneOffset.UTC).toString(), hasActor,
                !hasActor ? null : e.actorSurname() == null ? "#" + e.actorId() : e.actorSurname() + " " + e.actorFirstName(),
                !hasActor || e.actorIin() == null ? "" : e.actorIin(), e.action(),
                messages.has(name) ? messages.get(language, name) : null, e.object() == null ? "" : e.object(),
                AuditDetails.lines(e.details(), at -> SHOWN.format(at.atZone(zone))));
    }

    private Long actorId(String iin) {
        if (!iin.matches("\\d{12}")) {
            throw UserError.badRequest("core.iin.format");
        }
        return users.findByIin(iin).map(User::id)
                .orElseThrow(() -> UserError.badRequest("core.audit.unknownActor", iin));
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw UserError.badRequest("core.audit.badDate", text);
        }
    }

    /** Midnight at the start of a local date, as the UTC time the table stores. */
    private LocalDateTime utc(LocalDate localDate) {
        return localDate.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** The text with LIKE's wildcards taken literally; null when there is nothing to filter by. */
    private static String like(String text) {
        if (text.isEmpty()) {
            return null;
        }
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }

    /** The filters as a query string prefix ({@code a=b&}) for the paging links. */
    private static String query(Map<String, String> filters) {
        return filters.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8) + "&")
                .collect(Collectors.joining());
    }

    /**
     * The log, filtered: the filters as typed, a page of entries, or the reason the filters were refused.
     *
     * @param newerHref the page before, or null
     * @param olderHref the page after, or null
     * @param errorKey  why the filters were refused, or null
     */
    public record Model(String action, String actor, String object, String from, String to, String timeZone, List<Row> rows,
                 boolean empty, int page, boolean paged, String newerHref, String olderHref, String errorKey,
                 String errorArg) {
        Model(Map<String, String> filters, String timeZone, List<Row> rows, boolean empty, int page, boolean paged,
              String newerHref, String olderHref, String errorKey, String errorArg) {
            this(filters.get("action"), filters.get("actor"), filters.get("object"), filters.get("from"),
                    filters.get("to"), timeZone, rows, empty, page, paged, newerHref, olderHref, errorKey, errorArg);
        }
    }

    /**
     * One entry; {@code actionName} is null where the module does not name its action.
     *
     * @param actorName who acted, or null for the system itself
     */
    record Row(String at, String atIso, boolean hasActor, String actorName, String actorIin, String action,
               String actionName, String object, List<AuditDetails.Line> details) {
    }
}
