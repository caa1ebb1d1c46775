package vn.cchc.publisher.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import vn.cchc.publisher.shared.Area;
import vn.cchc.publisher.shared.Channel;
import vn.cchc.publisher.shared.Slugs;

/**
 * A deterministic generator of Vietnamese CCHC articles of about 1,500 words, with headings, lists, a table
 * and images, for the render benchmark.
 */
final class BenchmarkArticles {

    private static final String[] WORDS =
            ("cải cách hành chính thủ tục một cửa liên thông dịch vụ công trực tuyến toàn trình người dân doanh"
                            + " nghiệp hồ sơ tiếp nhận trả kết quả trung tâm y tế sở khám chữa bệnh bảo hiểm xã hội chuyển đổi"
                            + " số chính quyền điện tử công chức viên chức kỷ luật kỷ cương đạo đức công vụ tài chính công tự"
                            + " chủ tiết kiệm chống lãng phí văn bản quy phạm pháp luật tuyên truyền phổ biến kế hoạch năm quý"
                            + " tháng kết quả đánh giá chỉ số hài lòng phục vụ minh bạch công khai niêm yết thời hạn giải quyết"
                            + " phí lệ phí thành phần đối tượng cấp giấy phép hành nghề chứng chỉ đăng ký khai báo tra cứu"
                            + " hướng dẫn thực hiện triển khai nâng cao chất lượng hiệu quả đổi mới sáng tạo ứng dụng công nghệ"
                            + " thông tin định danh tài khoản căn cước thanh toán không dùng tiền mặt bệnh viện trạm xã phường")
                    .split(" ");

    private BenchmarkArticles() {}

    static List<Article> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i, random));
        }
        return articles;
    }

    /** Words in the markdown, roughly: runs of letters and digits. */
    static int words(String markdown) {
        return (int) markdown.codePoints().filter(Character::isWhitespace).count();
    }

    private static Article article(int index, SplittableRandom random) {
        String title = capitalized(sentence(random, 8 + random.nextInt(6))) + " (" + (index + 1) + ")";
        StringBuilder md = new StringBuilder();
        List<String> images = new ArrayList<>();
        paragraph(md, random, 60);
        for (int section = 1; section <= 6; section++) {
            md.append("## ").append(capitalized(sentence(random, 5))).append("\n\n");
            paragraph(md, random, 70);
            paragraph(md, random, 55);
            for (int item = 0; item < 4; item++) {
                md.append("- ").append(capitalized(sentence(random, 8))).append('\n');
            }
            md.append('\n');
            if (section % 2 == 0) {
                for (int item = 1; item <= 3; item++) {
                    md.append(item)
                            .append(". ")
                            .append(capitalized(sentence(random, 7)))
                            .append('\n');
                }
                md.append('\n');
            }
            if (section == 3) {
                table(md, random);
            }
            if (section % 3 == 1) {
                String image = "img/anh-" + index + "-" + section + ".jpg";
                images.add("articles/" + image);
                md.append("![")
                        .append(capitalized(sentence(random, 4)))
                        .append("](")
                        .append(image)
                        .append(")\n\n");
            }
            paragraph(md, random, 45);
        }
        md.append("![Ảnh minh hoạ](https://cdn.example.org/cchc/").append(index).append(".jpg)\n");
        return new Article(
                "articles/bai-" + index + ".md",
                Slugs.of(title),
                title,
                Area.values()[index % Area.values().length],
                null,
                EnumSet.allOf(Channel.class),
                null,
                index % 2 == 0 ? capitalized(sentence(random, 25)) + "." : null,
                images.get(0),
                List.of("cải cách hành chính", "chuyển đổi số"),
                ArticleStatus.READY,
                md.toString(),
                8,
                "hash-" + index,
                images);
    }

    private static void paragraph(StringBuilder md, SplittableRandom random, int words) {
        String[] sentence = sentence(random, words).split(" ");
        sentence[3] = "**" + sentence[3] + "**";
        sentence[9] = "*" + sentence[9] + "*";
        sentence[15] = "[" + sentence[15] + "](https://dichvucong.gov.vn/p/home)";
        md.append(capitalized(String.join(" ", sentence))).append(".\n\n");
    }

    private static void table(StringBuilder md, SplittableRandom random) {
        md.append("| Thủ tục | Thời hạn | Lệ phí |\n|---|:---:|---:|\n");
        for (int row = 0; row < 5; row++) {
            md.append("| ")
                    .append(capitalized(sentence(random, 5)))
                    .append(" | ")
                    .append(1 + random.nextInt(30))
                    .append(" ngày | ")
                    .append(random.nextInt(500) * 1000)
                    .append(" đồng |\n");
        }
        md.append('\n');
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(i % 11 == 10 ? ", " : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
