package kz.sabaq.examtest.bank;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.sabaq.api.file.StoredFile;
import kz.sabaq.api.web.UserError;
import kz.sabaq.examtest.ExamTest;

/** A discipline's question bank: reading, writing and checking items. */
public final class Bank {
    public static final int TOPIC_MAX = 200;
    public static final int NAME_MAX = 255;
    public static final int TEXT_MAX = 60_000;
    public static final int OPTION_MAX = 4_000;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExamTest common;
    private final BankMapper rows;

    public Bank(ExamTest common) {
        this.common = common;
        this.rows = common.wiring().mapper(BankMapper.class);
    }

    public List<Item> items(long disciplineId) {
        Map<Long, List<Option>> options = rows.optionsOfDiscipline(disciplineId).stream().collect(
                Collectors.groupingBy(OptionRow::itemId, LinkedHashMap::new,
                        Collectors.mapping(Bank::option, Collectors.toList())));
        return rows.items(disciplineId).stream().map(r -> item(r, options.getOrDefault(r.id(), List.of()))).toList();
    }

    public List<String> topics(long disciplineId) {
        return rows.topics(disciplineId);
    }

    public Item item(long disciplineId, long id) {
        ItemRow row = rows.item(id);
        if (row == null || row.disciplineId() != disciplineId) {
            throw UserError.notFound();
        }
        return item(row, rows.options(id).stream().map(Bank::option).toList());
    }

    /** Items by id, for drawing and scoring; items deleted since are left out. */
    public Item itemById(long id) {
        ItemRow row = rows.item(id);
        return row == null ? null : item(row, rows.options(id).stream().map(Bank::option).toList());
    }

    /** Every mistake in the draft, each naming its form field; empty when it may be stored. */
    public List<UserError> mistakes(Draft d) {
        List<UserError> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(UserError.badRequest("exam-test.item.error.kind").on("kind"));
        }
        if (d.difficulty() == null) {
            errors.add(UserError.badRequest("exam-test.item.error.difficulty").on("difficulty"));
        }
        if (blank(d.topic()) || d.topic().strip().length() > TOPIC_MAX) {
            errors.add(UserError.badRequest("exam-test.item.error.topic", TOPIC_MAX).on("topic"));
        }
        String text = RichText.clean(d.text());
        if (RichText.text(text).isEmpty() || text.length() > TEXT_MAX) {
            errors.add(UserError.badRequest("exam-test.item.error.text", TEXT_MAX).on("text"));
        }
        if (d.options().size() < 2) {
            errors.add(UserError.badRequest("exam-test.item.error.fewOptions").on("option1"));
        }
        for (int i = 0; i < d.options().size(); i++) {
            String t = d.options().get(i).text();
            if (blank(t) || t.strip().length() > OPTION_MAX) {
                errors.add(UserError.badRequest("exam-test.item.error.option", i + 1, OPTION_MAX).on("option" + (i + 1)));
            }
        }
        long correct = d.options().stream().filter(o -> o.fraction().signum() > 0).count();
        if (d.kind() == ItemKind.SINGLE && correct != 1) {
            errors.add(UserError.badRequest("exam-test.item.error.single").on("correct"));
        }
        if (d.kind() == ItemKind.MULTIPLE && correct < 1) {
            errors.add(UserError.badRequest("exam-test.item.error.multiple").on("correct"));
        }
        return errors;
    }

    /** Stores a new item, all or nothing; returns its id. */
    public long create(long disciplineId, Draft draft, long by) {
        refuseMistakes(draft);
        NewItemRow row = row(null, disciplineId, draft);
        return common.transactions().inTransaction(() -> {
            rows.insert(row, by, now());
            writeOptions(row.id, draft);
            common.audit().record(by, "exam-test.item.create", "et_item:" + row.id, Map.of("discipline", disciplineId));
            return row.id;
        });
    }

    public void update(long disciplineId, long id, Draft draft, long by) {
        item(disciplineId, id);
        refuseMistakes(draft);
        common.transactions().run(() -> {
            rows.update(row(id, disciplineId, draft), by, now());
            rows.deleteOptions(id);
            writeOptions(id, draft);
            common.audit().record(by, "exam-test.item.update", "et_item:" + id, Map.of());
        });
    }

    /** An item drawn into any attempt stays: the attempt is scored against it. */
    public void delete(long disciplineId, long id, long by) {
        Item item = item(disciplineId, id);
        if (rows.drawn(id)) {
            throw UserError.conflict("exam-test.item.error.drawn");
        }
        rows.delete(id);
        if (item.imageKey() != null) {
            common.files().delete(item.imageKey());
        }
        common.audit().record(by, "exam-test.item.delete", "et_item:" + id, Map.of());
    }

    public void setImage(long disciplineId, long id, StoredFile file, long by) {
        Item item = item(disciplineId, id);
        if (!file.contentType().startsWith("image/")) {
            common.files().delete(file.key());
            throw UserError.badRequest("exam-test.item.error.image").on("image");
        }
        rows.setImage(id, file.key(), file.name());
        if (item.imageKey() != null) {
            common.files().delete(item.imageKey());
        }
        common.audit().record(by, "exam-test.item.image", "et_item:" + id, Map.of("name", file.name()));
    }

    public void removeImage(long disciplineId, long id, long by) {
        Item item = item(disciplineId, id);
        if (item.imageKey() != null) {
            rows.setImage(id, null, null);
            common.files().delete(item.imageKey());
            common.audit().record(by, "exam-test.item.image", "et_item:" + id, Map.of("removed", true));
        }
    }

    /**
     * Fractions for options ticked as correct on the page: a single-answer item's correct option
     * earns all; each of k correct options of a multiple-answer item 100/k, and each wrong one takes
     * 100/k away, so ticking everything earns nothing.
     */
    public static List<Draft.DraftOption> ticked(ItemKind kind, List<String> texts, List<Boolean> correct) {
        long k = correct.stream().filter(Boolean::booleanValue).count();
        BigDecimal share = k == 0 ? BigDecimal.ZERO : HUNDRED.divide(BigDecimal.valueOf(k), 5, RoundingMode.HALF_EVEN);
        List<Draft.DraftOption> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean right = correct.get(i);
            BigDecimal f = kind == ItemKind.MULTIPLE ? (right ? share : share.negate()) : (right ? HUNDRED : BigDecimal.ZERO);
            options.add(new Draft.DraftOption(texts.get(i), f));
        }
        return options;
    }

    private void refuseMistakes(Draft draft) {
        List<UserError> errors = mistakes(draft);
        if (!errors.isEmpty()) {
            throw new Mistakes(errors);
        }
    }

    private void writeOptions(long itemId, Draft draft) {
        for (int i = 0; i < draft.options().size(); i++) {
            Draft.DraftOption o = draft.options().get(i);
            rows.insertOption(itemId, i + 1, o.text().strip(), o.fraction());
        }
    }

    private static NewItemRow row(Long id, long disciplineId, Draft d) {
        String text = RichText.clean(d.text());
        String name = blank(d.name()) ? RichText.text(text) : d.name().strip();
        if (name.length() > NAME_MAX) {
            name = name.substring(0, NAME_MAX - 1) + "…";
        }
        return new NewItemRow(id, disciplineId, d.kind().code(), d.difficulty().code(), d.topic().strip(), name, text);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(common.clock());
    }

    private static Item item(ItemRow r, List<Option> options) {
        return new Item(r.id(), r.disciplineId(), ItemKind.of(r.kind()).orElseThrow(),
                Difficulty.of(r.difficulty()).orElseThrow(), r.topic(), r.name(), r.text(), r.imageKey(),
                r.imageName(), r.updatedAt(), options);
    }

    private static Option option(OptionRow r) {
        return new Option(r.id(), r.position(), r.text(), r.fraction());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Several mistakes of one draft at once, for a form that shows them all. */
    public static final class Mistakes extends RuntimeException {
        private final transient List<UserError> errors;

        Mistakes(List<UserError> errors) {
            super(errors.get(0).messageKey());
            this.errors = List.copyOf(errors);
        }

        public List<UserError> errors() {
            return errors;
        }
    }
}
