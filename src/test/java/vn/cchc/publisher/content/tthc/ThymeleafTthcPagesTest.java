package vn.cchc.publisher.content.tthc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.publisher.content.tthc.TthcFixtures.procedure;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.cchc.publisher.TestTemplates;
import vn.cchc.publisher.content.TthcPage;
import vn.cchc.publisher.content.TthcPages;
import vn.cchc.publisher.content.TthcProcedure;
import vn.cchc.publisher.content.TthcProcedure.OnlineService;

class ThymeleafTthcPagesTest {

    private final ThymeleafTthcPages pages =
            new ThymeleafTthcPages(TestTemplates.engine(), new TthcProperties(TthcProperties.DEFAULT_PORTAL_URL));

    private final List<TthcProcedure> catalogue = List.of(
            procedure("1.000003", "Cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm"),
            procedure("1.000001", "Khám sức khỏe cho người lái xe", "Khám bệnh, chữa bệnh"),
            withPortal(procedure("2.000002", "Cấp lại chứng chỉ hành nghề", "Khám bệnh, chữa bệnh")),
            procedure("1.000009", "Cấp giấy chứng nhận lương y", "Đông y"));

    @Test
    void listsEveryCodeOnceInOneTablePerFieldInVietnameseOrder() {
        Document page = Jsoup.parseBodyFragment(
                pages.listing(catalogue, code -> code + "/").html());

        assertThat(page.select("section.tthc-field > h2 .tthc-field-name").eachText())
                .containsExactly("An toàn thực phẩm", "Đông y", "Khám bệnh, chữa bệnh");
        assertThat(page.select("section.tthc-field"))
                .allSatisfy(
                        field -> assertThat(field.select("table.tthc-table")).hasSize(1));
        assertThat(page.select("td.tthc-code").eachText())
                .containsExactly("1.000003", "1.000009", "1.000001", "2.000002");
        Element clinics = page.selectFirst("section.tthc-field[data-field=Khám bệnh, chữa bệnh]");
        assertThat(clinics).isNotNull();
        assertThat(clinics.select("tr.tthc-row").eachAttr("data-code")).containsExactly("1.000001", "2.000002");
    }

    @Test
    void showsTheListingColumnsInVietnamese() {
        Document page = Jsoup.parseBodyFragment(
                pages.listing(catalogue, code -> code + "/").html());

        assertThat(page.select("table.tthc-table").first().select("th").eachText())
                .containsExactly(
                        "STT",
                        "Mã thủ tục",
                        "Tên thủ tục",
                        "Thời hạn giải quyết",
                        "Phí, lệ phí",
                        "Mức độ dịch vụ công trực tuyến",
                        "Cổng Dịch vụ công quốc gia");
        Element row = page.selectFirst("tr[data-code=1.000001]");
        assertThat(row.selectFirst(".tthc-time").text()).isEqualTo("05 ngày làm việc");
        assertThat(row.selectFirst(".tthc-fees").text()).isEqualTo("Không");
        assertThat(row.selectFirst(".tthc-online").text()).isEqualTo("Dịch vụ công trực tuyến một phần");
    }

    @Test
    void linksEachProcedureToItsPageAndToTheNationalPortal() {
        Document page =
                Jsoup.parseBodyFragment(pages.listing(catalogue, code -> "/site/thu-tuc-hanh-chinh/" + code + "/")
                        .html());

        Element row = page.selectFirst("tr[data-code=1.000001]");
        assertThat(row.selectFirst(".tthc-name a").attr("href")).isEqualTo("/site/thu-tuc-hanh-chinh/1.000001/");
        assertThat(row.selectFirst(".tthc-portal a").attr("href"))
                .isEqualTo("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html"
                        + "?ma_thu_tuc=1.000001");
        assertThat(page.selectFirst("tr[data-code=2.000002] .tthc-portal a").attr("href"))
                .as("a record's own portal_url wins")
                .isEqualTo("https://dichvucong.gov.vn/p/home/rieng.html?id=42");
    }

    @Test
    void usesTheConfiguredPortalAddress() {
        ThymeleafTthcPages local = new ThymeleafTthcPages(
                TestTemplates.engine(), new TthcProperties("https://dichvucong.example.gov.vn/tthc?ma={code}"));

        assertThat(local.portalUrl(catalogue.get(0))).isEqualTo("https://dichvucong.example.gov.vn/tthc?ma=1.000003");
    }

    @Test
    void saysSoWhenTheCatalogueIsEmpty() {
        TthcPage listing = pages.listing(List.of(), code -> code);

        assertThat(listing.title()).isEqualTo(TthcPages.LISTING_TITLE);
        assertThat(Jsoup.parseBodyFragment(listing.html()).select(".tthc-empty").text())
                .isEqualTo("Chưa có thủ tục hành chính nào được công khai.");
    }

    @Test
    void showsEveryFieldOnTheProcedurePage() {
        TthcProcedure p = catalogue.get(1);
        TthcPage page = pages.procedure(p);
        Document html = Jsoup.parseBodyFragment(page.html());

        assertThat(page.title()).isEqualTo("Khám sức khỏe cho người lái xe");
        assertThat(html.select("table.tthc-detail th").eachText())
                .containsExactly(
                        "Mã thủ tục",
                        "Tên thủ tục",
                        "Lĩnh vực",
                        "Cấp thực hiện",
                        "Cơ quan thực hiện",
                        "Trình tự thực hiện",
                        "Cách thức thực hiện",
                        "Thành phần hồ sơ",
                        "Thời hạn giải quyết",
                        "Phí, lệ phí",
                        "Đối tượng thực hiện",
                        "Kết quả thực hiện",
                        "Căn cứ pháp lý",
                        "Mức độ dịch vụ công trực tuyến");
        assertThat(html.select(".tthc-steps ol li").eachText()).isEqualTo(p.steps());
        assertThat(html.select(".tthc-ways li").eachText()).isEqualTo(p.ways());
        assertThat(html.select(".tthc-documents li").eachText()).isEqualTo(p.documents());
        assertThat(html.select(".tthc-legal-basis li").eachText()).isEqualTo(p.legalBasis());
        assertThat(html.selectFirst(".tthc-level").text()).isEqualTo(p.level());
        assertThat(html.selectFirst(".tthc-agency").text()).isEqualTo(p.agency());
        assertThat(html.selectFirst(".tthc-applicants").text()).isEqualTo(p.applicants());
        assertThat(html.selectFirst(".tthc-result").text()).isEqualTo(p.result());
        assertThat(html.selectFirst(".tthc-online").attr("data-online")).isEqualTo("mot-phan");
        assertThat(html.selectFirst("p.tthc-portal a").attr("href")).endsWith("ma_thu_tuc=1.000001");
    }

    @Test
    void escapesTextFromTheRecords() {
        TthcProcedure hostile = procedure("1.000001", "<script>alert(1)</script> & co", "<b>F</b>");

        String listing = pages.listing(List.of(hostile), code -> "x\"><script>").html();
        String detail = pages.procedure(hostile).html();

        for (String html : List.of(listing, detail)) {
            Document doc = Jsoup.parseBodyFragment(html);
            assertThat(doc.select("script, b")).isEmpty();
            assertThat(doc.text()).contains("<script>alert(1)</script> & co");
        }
    }

    private static TthcProcedure withPortal(TthcProcedure p) {
        return new TthcProcedure(
                p.file(),
                p.code(),
                p.name(),
                p.field(),
                p.level(),
                p.agency(),
                p.steps(),
                p.ways(),
                p.documents(),
                p.processingTime(),
                p.fees(),
                p.applicants(),
                p.result(),
                p.legalBasis(),
                OnlineService.FULL,
                "https://dichvucong.gov.vn/p/home/rieng.html?id=42");
    }
}
