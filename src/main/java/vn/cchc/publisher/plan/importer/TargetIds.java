package vn.cchc.publisher.plan.importer;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.publisher.shared.Slugs;

/**
 * Makes target ids from the task's number in the plan and a few of its words: "4.2" and "Về nội dung Cải
 * cách thể chế" give {@code t4-2-cai-cach-the-che}. Duties get {@code d1}, {@code d2}, …. Ids are unique:
 * a repeat gets a suffix.
 */
final class TargetIds {

    private static final int WORDS = 4;
    private static final Set<String> COMMON = Set.of(
            "cac", "ve", "cua", "va", "trong", "tren", "cho", "voi", "nhung", "theo", "den", "lien", "quan", "cong",
            "tac", "nhiem", "vu", "noi", "dung", "don", "vi", "co", "duoc", "la", "mot", "nhu", "hoac", "viec", "de",
            "tu", "da", "se", "nay", "do", "khi", "cchc", "tuyen", "truyen", "thuc", "hien", "tham", "gia");

    private final Set<String> used = new HashSet<>();

    String next(String number, String task) {
        String prefix = number.startsWith("d") ? number : "t" + number.replace('.', '-');
        String words = Arrays.stream(Slugs.of(task).split("-"))
                .filter(word -> !word.isEmpty() && !COMMON.contains(word) && !word.matches("\\d+"))
                .limit(WORDS)
                .collect(Collectors.joining("-"));
        String id = words.isEmpty() ? prefix : prefix + "-" + words;
        String unique = id;
        for (int n = 2; !used.add(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }
}
