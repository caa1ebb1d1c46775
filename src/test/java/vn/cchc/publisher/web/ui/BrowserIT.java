package vn.cchc.publisher.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The officer's and the approver's pages in a real browser (headless Chromium from the system, never a
 * downloaded one): the officer queues the ready article for the local site, the approver approves it, the
 * scheduler publishes and verifies it, and the calendar shows the slot verified. Each page visited is
 * saved as a PNG under {@code target/screenshots/}. Runs when {@code CHROMIUM_IT_BINARY} and
 * {@code CHROMEDRIVER_IT_BINARY} name the browser and its driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@EnabledIfEnvironmentVariable(named = "CHROMIUM_IT_BINARY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "CHROMEDRIVER_IT_BINARY", matches = ".+")
class BrowserIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TITLE = "Bộ phận một cửa tiếp nhận hồ sơ trực tuyến";
    private static final String SLUG = "bo-phan-mot-cua-tiep-nhan-ho-so-truc-tuyen";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static int port;
    private static WebDriver browser;
    private static ChromeDriverService service;
    private static int shot;

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void application(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LocalDate today = LocalDate.now(VIETNAM);
        Path plans = Files.createDirectories(dir.resolve("config"));
        Files.writeString(plans.resolve("plan-" + today.getYear() + ".yaml"), """
                unit:
                  name: "Trung tâm Y tế huyện Mẫu"
                  id: ttyt-mau
                plan_number: "01/KH-TTYT"
                year: %d
                targets:
                  - id: web-monthly
                    task: "Đưa tin về công tác CCHC lên Trang thông tin điện tử"
                    owner: "Phòng Tổ chức - Hành chính"
                    channels: [website]
                    kind: article
                    frequency: "Hàng tháng"
                """.formatted(today.getYear()));
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(articles.resolve("mot-cua.md"), """
                ---
                title: %s
                area: thu-tuc-hanh-chinh
                target: web-monthly
                channels: [website]
                publish_at: %s
                summary: Người dân nộp hồ sơ qua Cổng dịch vụ công mà không cần đến trực tiếp.
                status: ready
                ---
                Từ tháng này, **bộ phận một cửa** tiếp nhận hồ sơ trực tuyến cả ngày thứ Bảy.

                | Thủ tục | Thời hạn |
                |---|---|
                | Cấp giấy chứng nhận | 5 ngày làm việc |
                """.formatted(TITLE, today));
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        registry.add("server.port", () -> port);
        registry.add("cchc.site.base-url", () -> "http://localhost:" + port + "/site");
        registry.add("cchc.site.publish-on-start", () -> "false");
        registry.add("cchc.plan.dir", plans::toString);
        registry.add("cchc.content.dir", () -> dir.resolve("content").toString());
        registry.add("cchc.data-dir", () -> dir.resolve("data").toString());
        registry.add("cchc.publishing.schedule.publish-due", () -> "*/2 * * * * ?");
        registry.add("cchc.publishing.schedule.verify-published", () -> "*/3 * * * * ?");
        registry.add("cchc.security.users[0].username", () -> "canbo");
        registry.add("cchc.security.users[0].name", () -> "Nguyễn Văn Cán Bộ");
        registry.add("cchc.security.users[0].password-hash", () -> encoder.encode("matkhau-canbo"));
        registry.add("cchc.security.users[0].roles[0]", () -> "officer");
        registry.add("cchc.security.users[1].username", () -> "lanhdao");
        registry.add("cchc.security.users[1].password-hash", () -> encoder.encode("matkhau-lanhdao"));
        registry.add("cchc.security.users[1].roles[0]", () -> "approver");
        registry.add("cchc.security.users[2].username", () -> "kiemtra");
        registry.add("cchc.security.users[2].password-hash", () -> encoder.encode("matkhau-kiemtra"));
        registry.add("cchc.security.users[2].roles[0]", () -> "auditor");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv("CHROMEDRIVER_IT_BINARY")))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv("CHROMIUM_IT_BINARY"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void theOfficerQueuesTheApproverApprovesAndTheCalendarShowsItVerified() throws IOException {
        String slot = "ttyt-mau-" + LocalDate.now(VIETNAM).getYear() + "/web-monthly/" + YearMonth.now(VIETNAM);

        signIn("canbo", "matkhau-canbo");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Tổng quan tháng");
        screenshot("tong-quan");

        open("/content");
        assertThat(browser.findElement(By.id("articles")).getText()).contains(TITLE, "Sẵn sàng");
        screenshot("noi-dung");
        clickAndLoad(By.linkText(TITLE));
        assertThat(browser.findElement(By.cssSelector("#website .web-body")).getText())
                .contains("bộ phận một cửa");
        screenshot("xem-truoc");

        open("/queue");
        clickAndLoad(By.id("choose"));
        assertThat(browser.findElement(By.id("channel-website")).isSelected()).isTrue();
        screenshot("hang-doi-chon-bai");
        clickAndLoad(By.id("queue-submit"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Đã đưa bài", TITLE);
        assertThat(browser.findElement(By.cssSelector("table.queue tbody tr")).getText())
                .contains("Chờ duyệt", "canbo");
        screenshot("hang-doi-da-dua-vao");
        signOut();

        signIn("lanhdao", "matkhau-lanhdao");
        open("/queue");
        screenshot("hang-doi-lanh-dao");
        clickAndLoad(By.cssSelector("table.queue tbody tr button.approve"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Đã duyệt bài");
        screenshot("hang-doi-da-duyet");

        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    open("/calendar");
                    WebElement row = browser.findElement(By.cssSelector("tr[data-slot='" + slot + "']"));
                    assertThat(row.getText()).contains("Đã kiểm tra", TITLE);
                });
        screenshot("lich-da-kiem-tra");

        open("/site/tin-bai/" + SLUG + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        screenshot("trang-tin-bai");

        open("/");
        assertThat(browser.findElement(By.id("out")).getText()).contains(TITLE, "Đã kiểm tra");
        screenshot("tong-quan-sau-khi-dang");

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : new String[] {"/", "/calendar", "/queue"}) {
            open(page);
            screenshot("dien-thoai" + (page.equals("/") ? "-tong-quan" : page.replace('/', '-')));
            assertThat(fitsTheScreen()).as(page + " fits a phone's width").isTrue();
        }
        browser.manage().window().setSize(new Dimension(1280, 1000));
        signOut();

        // the auditor reads the trail of what happened, checks the ledger, and reaches the reports
        signIn("kiemtra", "matkhau-kiemtra");
        open("/audit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nhật ký hoạt động");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("canbo", "lanhdao");
        screenshot("nhat-ky");
        open("/audit?check=1");
        assertThat(browser.findElement(By.id("integrity-result")).getText()).startsWith("Sổ nhật ký toàn vẹn");
        screenshot("nhat-ky-kiem-tra");
        open("/reports");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Báo cáo kết quả truyền thông CCHC");
        screenshot("bao-cao");
        open("/reports/explanations");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Giải trình chỉ tiêu chưa đạt");
        screenshot("giai-trinh");
        open("/activities");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hoạt động truyền thông trực tiếp");
        screenshot("hoat-dong-truc-tiep");
        open("/tasks");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Công việc dài gần đây");
        screenshot("cong-viec-dai");
        signOut();
    }

    private void signIn(String username, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        if (shot == 0) {
            screenshot("dang-nhap");
        }
        clickAndLoad(By.cssSelector("button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".signout span")).getText())
                .isEqualTo(username);
    }

    private void signOut() {
        clickAndLoad(By.cssSelector(".signout button"));
        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
    }

    /** Clicks what leads to another page and waits until that page has replaced this one. */
    private void clickAndLoad(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** The page does not scroll sideways: wide tables scroll inside their own box. */
    private boolean fitsTheScreen() {
        Object fits = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    private void screenshot(String name) {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(SCREENSHOTS.resolve("%02d-%s.png".formatted(++shot, name)), png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
