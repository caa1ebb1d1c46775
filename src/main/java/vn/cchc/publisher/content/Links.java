package vn.cchc.publisher.content;

import java.util.function.UnaryOperator;

/**
 * Where a channel serves what a rendition refers to.
 *
 * @param articleUrl the public URL of the article on the website (the Facebook post links to it)
 * @param mediaUrl maps an image path relative to the content directory (e.g. {@code articles/img/a.jpg})
 *     to the URL the channel serves it at
 */
public record Links(String articleUrl, UnaryOperator<String> mediaUrl) {}
