package vn.cchc.publisher.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.regex.Pattern;

/** Checks that problems carry a Vietnamese reason for the officer, not an English one left untranslated. */
public final class VietnameseReasons {

    /** A Vietnamese letter with a diacritic (precomposed, as the sources are NFC). */
    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private VietnameseReasons() {}

    /** Every problem's Vietnamese reason is given, has Vietnamese letters and differs from the English one. */
    public static void assertAllVietnamese(Collection<ContentProblem> problems) {
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.reasonVi()).as("Vietnamese reason of %s", p).isNotBlank();
            assertThat(VIETNAMESE_LETTER.matcher(p.reasonVi()).find())
                    .as("Vietnamese reason of %s has Vietnamese letters: %s", p, p.reasonVi())
                    .isTrue();
            assertThat(p.reasonVi()).as("Vietnamese reason of %s", p).isNotEqualTo(p.reason());
        });
    }
}
