package vn.cchc.publisher.content;

/**
 * A TTHC page ready to be placed in a website's page layout.
 *
 * @param title the page title (plain text), e.g. "Danh mục thủ tục hành chính" or the procedure's name
 * @param html an HTML fragment with every text escaped, to be inserted as the page body
 */
public record TthcPage(String title, String html) {}
