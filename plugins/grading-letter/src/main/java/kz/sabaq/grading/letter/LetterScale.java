package kz.sabaq.grading.letter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.sabaq.api.academic.LocalizedName;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.grading.CellCheck;
import kz.sabaq.api.grading.Grade;
import kz.sabaq.api.grading.GradingScale;
import kz.sabaq.api.i18n.BundleName;
import kz.sabaq.api.setting.DefaultSettings;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.setting.SettingRefusal;
import org.pf4j.Extension;

/**
 * The points-rating letter system of the credit technology (MES order No. 152; seed 002 §5.28):
 * points 0–100 earn a letter with its GPA points and traditional grade. Each letter's lowest points
 * is a setting (its key is the letter), so an institution may move the bands; F always starts at 0.
 * A cell takes points, or a letter when the teacher grades by letter.
 */
@Extension
public class LetterScale implements GradingScale {
    public static final String ID = "letter";
    static final String BUNDLE = "grading-letter";

    /** One row of the order's table: the letter, its default lowest points, GPA points, traditional grade. */
    private record Band(String code, int lowest, String gpa, String traditional) {
    }

    private static final List<Band> TABLE = List.of(
            new Band("A", 95, "4.0", "excellent"), new Band("A-", 90, "3.67", "excellent"),
            new Band("B+", 85, "3.33", "good"), new Band("B", 80, "3.0", "good"), new Band("B-", 75, "2.67", "good"),
            new Band("C+", 70, "2.33", "satisfactory"), new Band("C", 65, "2.0", "satisfactory"),
            new Band("C-", 60, "1.67", "satisfactory"), new Band("D+", 55, "1.33", "satisfactory"),
            new Band("D", 50, "1.0", "satisfactory"), new Band("FX", 25, "0.5", "unsatisfactory"),
            new Band("F", 0, "0", "unsatisfactory"));
    private static final String LAST = "F";
    private static final LocalizedName NAME = BundleName.of(LetterScale.class, BUNDLE, BUNDLE + ".name");
    private static final Map<String, LocalizedName> TRADITIONAL = Stream.of("excellent", "good", "satisfactory",
            "unsatisfactory").collect(Collectors.toMap(t -> t,
                    t -> BundleName.of(LetterScale.class, BUNDLE, BUNDLE + ".traditional." + t)));

    private ModuleSettings settings = DefaultSettings.of(settings());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedName name() {
        return NAME;
    }

    @Override
    public List<FormField> settings() {
        return TABLE.stream().filter(b -> !b.code().equals(LAST))
                .map(b -> FormField.integer(b.code(), b.lowest(), 0, 100)).toList();
    }

    /**
     * Each band must start below the band above it, so every letter is reachable and the table
     * stays ordered: a band at or above its upper neighbour is refused beside its field (FX, whose
     * lower neighbour F always starts at 0, beside its own when it is 0).
     */
    @Override
    public List<SettingRefusal> refuse(Map<String, String> values) {
        List<SettingRefusal> refusals = new ArrayList<>();
        for (int i = 1; i < TABLE.size(); i++) {
            Band upper = TABLE.get(i - 1);
            Band lower = TABLE.get(i);
            long upperPoints = Long.parseLong(values.get(upper.code()).strip());
            long lowerPoints = lower.code().equals(LAST) ? 0 : Long.parseLong(values.get(lower.code()).strip());
            if (lowerPoints >= upperPoints) {
                refusals.add(lower.code().equals(LAST)
                        ? new SettingRefusal(upper.code(), BUNDLE + ".error.above",
                                List.of(upper.code(), String.valueOf(upperPoints), lower.code(), "0"))
                        : new SettingRefusal(lower.code(), BUNDLE + ".error.below", List.of(lower.code(),
                                String.valueOf(lowerPoints), upper.code(), String.valueOf(upperPoints))));
            }
        }
        return refusals;
    }

    @Override
    public void configure(ModuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Grade> grades() {
        List<Grade> grades = new ArrayList<>();
        for (Band b : TABLE) {
            LocalizedName code = new LocalizedName(b.code(), b.code(), b.code());
            grades.add(new Grade(b.code(), code, BigDecimal.valueOf(lowest(b)), new BigDecimal(b.gpa()),
                    TRADITIONAL.get(b.traditional()),
                    !b.traditional().equals("unsatisfactory")));
        }
        return grades;
    }

    /** The band's lowest points as the institution set them (the order's table until configured). */
    private long lowest(Band b) {
        return b.code().equals(LAST) ? 0 : settings.integer(b.code());
    }

    @Override
    public CellCheck check(String typed) {
        CellCheck points = CellCheck.points(typed, BUNDLE + ".error.value");
        return points.isRefused() ? CellCheck.code(grade(typed), points.refusalKey()) : points;
    }
}
