package kz.sabaq.api.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import kz.sabaq.api.academic.LocalizedName;
import org.junit.jupiter.api.Test;

class BundleNameTest {

    @Test
    void theNameIsReadInTheThreeLanguagesAsUtf8() {
        LocalizedName name = BundleName.of(BundleNameTest.class, "bundle-name-test", "bundle-name-test.name");

        assertEquals(new LocalizedName("Кездейсоқ бөлу", "Случайное распределение", "Random distribution"), name);
        assertEquals("Кездейсоқ бөлу", name.in(Locale.forLanguageTag("kk")));
    }

    @Test
    void aMissingKeyOrBundleFailsWithTheFileItLookedIn() {
        IllegalStateException noKey = assertThrows(IllegalStateException.class,
                () -> BundleName.of(BundleNameTest.class, "bundle-name-test", "bundle-name-test.missing"));
        assertTrue(noKey.getMessage().contains("i18n/bundle-name-test_kk.properties"), noKey.getMessage());
        IllegalStateException noBundle = assertThrows(IllegalStateException.class,
                () -> BundleName.of(BundleNameTest.class, "no-such-bundle", "x.name"));
        assertTrue(noBundle.getMessage().contains("i18n/no-such-bundle_kk.properties"), noBundle.getMessage());
    }
}
