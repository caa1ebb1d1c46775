package vn.cchc.publisher.cli;

import org.jsoup.nodes.Entities;
import vn.cchc.publisher.content.WebsitePage;

/** A small standalone HTML document around a website draft, to open in a browser. */
final class PreviewPage {

    private PreviewPage() {}

    static String html(WebsitePage page) {
        String title = Entities.escape(page.title());
        String excerpt = page.excerpt() == null
                ? ""
                : "<p class=\"tom-tat\"><em>" + Entities.escape(page.excerpt()) + "</em></p>\n";
        return """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{max-width:46rem;margin:2rem auto;padding:0 1rem;font-family:system-ui,sans-serif;line-height:1.6}
                img{max-width:100%%;height:auto}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .6rem}
                .ban-nhap{color:#8a4b00;border:1px solid #e0b070;background:#fff8e8;padding:.4rem .8rem}
                </style>
                </head>
                <body>
                <p class="ban-nhap">Bản nháp xem trước, chưa đăng.</p>
                <article>
                <h1>%s</h1>
                %s%s
                </article>
                </body>
                </html>
                """.formatted(title, title, excerpt, page.html());
    }
}
