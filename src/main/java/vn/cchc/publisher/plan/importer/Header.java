package vn.cchc.publisher.plan.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.cchc.publisher.plan.internal.FoldedText;

/**
 * Reads the unit, plan number and year from a plan's header and closing. Sentences that cite the higher
 * plan ("Căn cứ Kế hoạch số 68/KH-SYT … của Sở Y tế tỉnh Gia Lai", "Thực hiện …") are skipped: they name
 * another body and another number.
 */
final class Header {

    private static final Pattern UNIT = Pattern.compile(
            "\\b(?:trung tam y te|so y te|benh vien|trung tam kiem soat benh tat|trung tam cdc|tram y te|phong y te"
                    + "|chi cuc|ban quan ly|ttyt)\\b");
    private static final Pattern PLACE_WORD = Pattern.compile("^(?:huyen|thi xa|thanh pho|quan|tinh|khu vuc|da khoa)$");
    private static final Pattern PROVINCE = Pattern.compile("\\btinh\\s+(?=\\S)");
    private static final Pattern CITATION = Pattern.compile("^(?:can cu|thuc hien|theo|trien khai)\\b");
    private static final Pattern YEAR = Pattern.compile("\\bnam (20\\d\\d)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?m)^\\s*so\\s*:?\\s*(\\d+)\\s*/\\s*(kh[-\\w]*)");

    private Header() {}

    /**
     * What the header says.
     *
     * @param unit the unit's name, if found
     * @param planNumber the plan's number, if found
     * @param year the plan year, if found
     */
    record Found(Optional<String> unit, Optional<String> planNumber, OptionalInt year) {}

    static Found read(List<Line> lines, List<Para> paras) {
        List<String> own = new ArrayList<>();
        List<Para> header = Sections.header(paras);
        for (Para para : header) {
            own.addAll(ownSentences(para.text()));
        }
        for (Para para : Sections.closing(paras)) {
            own.addAll(ownSentences(para.text()));
        }
        return new Found(unit(own, paras), number(lines, header), year(header, paras));
    }

    private static List<String> ownSentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=\\.)\\s+(?=\\p{Lu})")) {
            if (!CITATION.matcher(FoldedText.of(sentence.strip()).folded()).find()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    private static Optional<String> unit(List<String> sentences, List<Para> paras) {
        Map<String, List<String>> byFolded = new LinkedHashMap<>();
        for (String sentence : sentences) {
            FoldedText folded = FoldedText.of(sentence);
            Matcher matcher = UNIT.matcher(folded.folded());
            while (matcher.find()) {
                String name = name(folded.original(), matcher.start(), matcher.end());
                byFolded.computeIfAbsent(FoldedText.of(name).folded(), k -> new ArrayList<>())
                        .add(name);
            }
        }
        List<String> order = new ArrayList<>(byFolded.keySet());
        Optional<String> best = order.stream()
                .max(Comparator.<String>comparingInt(
                                f -> UNIT.matcher(f).replaceFirst("").isBlank() ? 0 : 1)
                        .thenComparingInt(f -> byFolded.get(f).size())
                        .thenComparingInt(f -> -order.indexOf(f)));
        return best.map(folded -> {
            List<String> spellings = byFolded.get(folded);
            String name = spellings.stream()
                    .filter(n -> !n.equals(n.toUpperCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(spellings.get(0));
            return folded.equals("so y te")
                    ? name + province(paras).map(p -> " tỉnh " + p).orElse("")
                    : name;
        });
    }

    /** The unit's type words and the capitalised words after them: "Trung tâm Y tế Tu Mơ Rông". */
    private static String name(String text, int start, int end) {
        StringBuilder name = new StringBuilder(text.substring(start, end));
        String[] rest = text.substring(end).strip().split("\\s+");
        for (int i = 0; i < rest.length; i++) {
            String word = rest[i].replaceAll("[.,;:()/\"“”]+$", "");
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            boolean place = PLACE_WORD.matcher(FoldedText.of(word).folded()).matches()
                    && i + 1 < rest.length
                    && Character.isUpperCase(rest[i + 1].codePointAt(0));
            if (!capitalised && !place) {
                break;
            }
            name.append(' ').append(word);
            if (!word.equals(rest[i])) {
                break;
            }
        }
        return name.toString();
    }

    private static Optional<String> province(List<Para> paras) {
        return paras.stream()
                .flatMap(p -> {
                    FoldedText folded = FoldedText.of(p.text());
                    return PROVINCE.matcher(folded.folded())
                            .results()
                            .map(r -> capitalisedWords(folded.original().substring(r.end())));
                })
                .filter(name -> !name.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }

    private static String capitalisedWords(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+", 4)) {
            String clean = word.replaceAll("[.,;:()/\"“”]+$", "");
            if (words.size() == 3 || clean.isEmpty() || !Character.isUpperCase(clean.codePointAt(0))) {
                break;
            }
            words.add(clean);
            if (!clean.equals(word)) {
                break;
            }
        }
        return String.join(" ", words);
    }

    private static Optional<String> number(List<Line> lines, List<Para> header) {
        int last = header.isEmpty() ? 0 : header.get(header.size() - 1).lines().get(0);
        for (Line line : lines) {
            if (line.number() > last + 1) {
                break;
            }
            FoldedText folded = FoldedText.of(line.text());
            Matcher matcher = NUMBER.matcher(folded.folded());
            if (matcher.find()) {
                return Optional.of(matcher.group(1) + "/"
                        + folded.original()
                                .substring(matcher.start(2), matcher.end(2))
                                .toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static OptionalInt year(List<Para> header, List<Para> paras) {
        for (Para para : header) {
            for (String sentence : ownSentences(para.text())) {
                Matcher matcher = YEAR.matcher(FoldedText.of(sentence).folded());
                if (matcher.find()) {
                    return OptionalInt.of(Integer.parseInt(matcher.group(1)));
                }
            }
        }
        return paras.stream()
                .flatMap(p -> YEAR.matcher(p.folded()).results())
                .map(r -> Integer.parseInt(r.group(1)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(e -> OptionalInt.of(e.getKey()))
                .orElse(OptionalInt.empty());
    }
}
