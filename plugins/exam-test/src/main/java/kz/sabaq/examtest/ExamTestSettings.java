package kz.sabaq.examtest;

import java.util.List;
import kz.sabaq.api.setting.ModuleSettings;
import kz.sabaq.api.form.FormField;
import kz.sabaq.api.web.UserError;
import kz.sabaq.examtest.bank.Difficulty;
import kz.sabaq.examtest.bank.DifficultyMix;

/**
 * The regulation of computer-based tests as settings (seed 002 §5.20.3 and §7.6: 30 questions,
 * 1 attempt, 50 minutes, ≥ 100 items of 5 options, 40/40/20; seed 004: self-check tests of 8–10
 * questions, pass mark 70 %, attempts until passed).
 */
public final class ExamTestSettings {
    /** Easy/medium/hard shares in percent, e.g. {@code 40/40/20}. */
    public static final String MIX = "difficultyMix";
    private final ModuleSettings settings;

    public ExamTestSettings(ModuleSettings settings) {
        this.settings = settings;
    }

    public static List<FormField> definitions() {
        return List.of(
                FormField.integer("questionsPerTest", 30, 1, 200),
                FormField.integer("timeLimitMinutes", 50, 1, 600),
                FormField.integer("attempts", 1, 1, 20),
                FormField.integer("bankMinItems", 100, 0, 10_000),
                FormField.integer("optionsPerItem", 5, 2, 10),
                FormField.text(MIX, "40/40/20"),
                FormField.bool("partialCredit", true),
                FormField.bool("showResult", true),
                FormField.integer("imageMaxKb", 2048, 16, 20_480),
                FormField.bool("selfCheck", true),
                FormField.integer("selfCheckMinQuestions", 8, 1, 100),
                FormField.integer("selfCheckMaxQuestions", 10, 1, 100),
                FormField.integer("selfCheckPassPercent", 70, 1, 100),
                FormField.integer("selfCheckMinutes", 20, 1, 600));
    }

    public int questionsPerTest() {
        return (int) settings.integer("questionsPerTest");
    }

    public int timeLimitMinutes() {
        return (int) settings.integer("timeLimitMinutes");
    }

    public int attempts() {
        return (int) settings.integer("attempts");
    }

    public int bankMinItems() {
        return (int) settings.integer("bankMinItems");
    }

    public int optionsPerItem() {
        return (int) settings.integer("optionsPerItem");
    }

    /** The mix as the administrator wrote it; a malformed one refuses what depends on it. */
    public DifficultyMix difficultyMix() {
        return DifficultyMix.parse(settings.text(MIX))
                .orElseThrow(() -> UserError.conflict("exam-test.error.mixSetting", settings.text(MIX)));
    }

    public boolean partialCredit() {
        return settings.bool("partialCredit");
    }

    public boolean showResult() {
        return settings.bool("showResult");
    }

    public long imageMaxBytes() {
        return settings.integer("imageMaxKb") * 1024;
    }

    public boolean selfCheck() {
        return settings.bool("selfCheck");
    }

    public int selfCheckMinQuestions() {
        return (int) settings.integer("selfCheckMinQuestions");
    }

    public int selfCheckMaxQuestions() {
        return (int) settings.integer("selfCheckMaxQuestions");
    }

    public int selfCheckPassPercent() {
        return (int) settings.integer("selfCheckPassPercent");
    }

    public int selfCheckMinutes() {
        return (int) settings.integer("selfCheckMinutes");
    }

    /** A difficulty's share of a test, in percent. */
    public int share(Difficulty difficulty) {
        return difficultyMix().percent(difficulty);
    }
}
